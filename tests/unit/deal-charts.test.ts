// The charts and map of a /deals view, on the paper's seed in a real database: their counts are the
// list's own facet counts for the same view, their CSV and SVG are what they hold, and values are
// never added across currencies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { barChartSvg } from '@/lib/charts/bar-svg';
import { chartCsv } from '@/lib/charts/csv';
import { dealChartBarCounts, dealCharts } from '@/lib/charts/deal-charts';
import { dealMap } from '@/lib/charts/deal-map';
import { dealViewFileName } from '@/lib/charts/file-name';
import { mapSvg } from '@/lib/charts/map-svg';
import { barNamer } from '@/lib/charts/words';
import { type DealFilters, emptyDealFilters, parseDealFilters, buildDealQuery } from '@/lib/filters/deals';
import { countDeals, dealFacets, dealTotals } from '@/lib/queries/deals';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const view = (f: Partial<DealFilters>): DealFilters => ({ ...emptyDealFilters, ...f });
const counts = (bars: Array<{ key: string; value: number }>) => Object.fromEntries(bars.map((b) => [b.key, b.value]));
const facetCounts = (values: Array<{ value: string; count: number }>) => Object.fromEntries(values.map((v) => [v.value, v.count]));

describe('the charts of a deals view', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db);
  });
  afterAll(() => temp?.dispose());

  const views = [view({}), view({ type: ['licensed-production'] }), view({ country: ['PL'] }), view({ country: ['PL', 'RO'], transfer: 'yes' }), view({ from: 2022, to: 2023 }), view({ q: 'k9' })];

  it('are sized for the embed from the facets and totals alone: as many charts, no bar left out', async () => {
    for (const f of views) {
      const [charts, facets, totals] = await Promise.all([dealCharts(f, 'en', temp.db), dealFacets(f, temp.db), dealTotals(f, temp.db)]);
      const bound = dealChartBarCounts(f, facets, totals);
      const bars = charts.charts.map((c) => c.bars.length);
      expect(bound.length, JSON.stringify(f)).toBe(bars.length);
      // The country, year and type charts exactly; each currency's values at most one bar per country.
      expect(bound.slice(0, 3)).toEqual(bars.slice(0, 3));
      bars.slice(3).forEach((n, i) => expect(n).toBeLessThanOrEqual(bound[3 + i]!));
    }
    // A view whose values in a currency come from fewer countries than it has gets room for all of them.
    const all = view({});
    const [charts, facets, totals] = await Promise.all([dealCharts(all, 'en', temp.db), dealFacets(all, temp.db), dealTotals(all, temp.db)]);
    expect(dealChartBarCounts(all, facets, totals).slice(3).some((n, i) => n > charts.charts[3 + i]!.bars.length)).toBe(true);
  });

  it('count each country, year and type as the list’s facets do for the same view', async () => {
    for (const f of views) {
      const [charts, facets, total] = await Promise.all([dealCharts(f, 'en', temp.db), dealFacets(f, temp.db), countDeals(f, temp.db)]);
      const byId = (id: string) => counts(charts.charts.find((c) => c.id === id)?.bars ?? []);
      const kept = (values: Array<{ value: string; count: number }>, chosen: string[]) => facetCounts(chosen.length ? values.filter((v) => chosen.includes(v.value)) : values);
      expect(byId('country'), JSON.stringify(f)).toEqual(kept(facets.country, f.country));
      expect(byId('type')).toEqual(kept(facets.type, f.type));
      const years = facets.years.filter((y) => (f.from === undefined || Number(y.value) >= f.from) && (f.to === undefined || Number(y.value) <= f.to));
      expect(byId('year')).toEqual(facetCounts(years));
      // Every deal of the view is on a bar or counted apart: nothing is lost or counted twice.
      expect(charts.total).toBe(total);
      expect(Object.values(byId('country')).reduce((a, b) => a + b, 0) + charts.noCountry).toBe(total);
    }
  });

  it('draws stated value per currency, one chart per currency, never summed across them', async () => {
    const f = view({});
    const [charts, totals] = await Promise.all([dealCharts(f, 'en', temp.db), dealTotals(f, temp.db)]);
    const valueCharts = charts.charts.filter((c) => c.unit.kind === 'money');
    expect(valueCharts.length).toBeGreaterThan(0);
    expect(valueCharts.map((c) => c.id)).toEqual(totals.perCurrency.map((c) => `value-${c.currency}`));
    for (const total of totals.perCurrency) {
      const chart = valueCharts.find((c) => c.id === `value-${total.currency}`);
      expect(chart?.bars.reduce((n, b) => n + b.value, 0)).toBeCloseTo(total.amount, 2);
    }
    expect(charts.withoutValue).toBe(totals.withoutValue);
  });

  it('links each bar to the view narrowed to it, keeping the other filters and the charts', async () => {
    const f = view({ transfer: 'yes', view: 'chart' });
    const charts = await dealCharts(f, 'en', temp.db);
    const country = charts.charts.find((c) => c.id === 'country');
    expect(country?.bars.length).toBeGreaterThan(0);
    for (const bar of country?.bars ?? []) expect(bar.href).toBe(`/deals?country=${bar.key}&transfer=yes&view=chart`);
    for (const bar of charts.charts.find((c) => c.id === 'year')?.bars ?? []) expect(bar.href).toBe(`/deals?from=${bar.key}&to=${bar.key}&transfer=yes&view=chart`);
  });

  it('writes a CSV and an SVG of exactly the bars, the CSV safe from formulas', async () => {
    const charts = await dealCharts(view({}), 'en', temp.db);
    for (const chart of charts.charts) {
      const rows = parse(chartCsv(chart).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
      expect(rows.map((r) => [r[chart.keyColumn], Number(r.deals ?? r.stated_value)])).toEqual(chart.bars.map((b) => [b.key, b.value]));
      const svg = barChartSvg(chart, { locale: 'en', name: barNamer(chart, 'en') });
      const drawn = [...svg.matchAll(/data-bar-key="([^"]*)" data-bar-value="([^"]*)"/g)].map((m) => [m[1], Number(m[2])]);
      expect(drawn).toEqual(chart.bars.map((b) => [b.key, b.value]));
    }
    const hostile = { id: 'country', title: 't', unit: { kind: 'deals' as const }, keyColumn: 'country', bars: [{ key: 'XX', label: '=HYPERLINK("x")', value: 1, href: '/deals' }] };
    expect(chartCsv(hostile)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(barChartSvg({ ...hostile, bars: [{ ...hostile.bars[0]!, label: '<script>' }] }, { locale: 'en', name: (l) => l })).not.toContain('<script>');
  });

  it('maps each country’s deals as the country chart counts them, with memberships as recorded', async () => {
    const f = view({ layer: 'nato', view: 'map' });
    const charts = await dealCharts(f, 'ko', temp.db);
    const map = await dealMap(f, charts, 'ko', 'nato', temp.db);
    const country = counts(charts.charts.find((c) => c.id === 'country')?.bars ?? []);
    const drawn = Object.fromEntries([...map.chart.bars.map((b) => [b.key, b.value] as const), ...map.offMap.map((c) => [c.code, c.value] as const)]);
    expect(drawn).toEqual(country);
    expect(map.chart.bars.some((b) => b.key === 'KR' || b.key === 'PL')).toBe(true);
    const records = await temp.db.country.findMany();
    for (const r of records) expect(map.countries.get(r.code)?.member).toBe(r.nato);
    const svg = mapSvg({ countries: map.countries, bins: map.bins, name: (c) => `${c.name}: ${c.value}`, insetLabel: 'Korea', layer: true });
    const linked = [...svg.matchAll(/data-country="([A-Z]{2})" data-value="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(Object.fromEntries(linked)).toEqual(counts(map.chart.bars));
    // The layer outlines exactly the members the register records (among the countries drawn).
    const outlined = new Set([...svg.matchAll(/data-member="([A-Z]{2})"/g)].map((m) => m[1]));
    expect(outlined.has('PL') && outlined.has('RO') && !outlined.has('KR')).toBe(true);
    for (const code of outlined) expect(records.find((r) => r.code === code)?.nato).toBe(true);
  });
});

describe('the view’s parameters for charts and map', () => {
  it('keeps view, measure and layer in the canonical address, and drops what it does not know', () => {
    const { filters, dropped } = parseDealFilters({ layer: 'eu', view: 'map', measure: 'EUR', country: 'pl' });
    expect(buildDealQuery(filters)).toBe('?country=PL&view=map&measure=EUR&layer=eu');
    expect(parseDealFilters({ view: 'pie', measure: 'euro', layer: 'un' }).dropped.map((d) => d.key)).toEqual(['view', 'measure', 'layer']);
    expect(dropped).toEqual([]);
  });

  it('names a download after its view', () => {
    expect(dealViewFileName(view({ country: ['PL'], transfer: 'yes' }), '2026-12-02')).toBe('ties-deals-poland-transfer-2026-12-02');
    expect(dealViewFileName(view({}), '2026-12-02', 'value-EUR')).toBe('ties-deals-value-eur-2026-12-02');
  });
});
