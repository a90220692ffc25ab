// The charts of a /deals view. Counts are the list's own facet counts (lib/lists/deal-facets.ts):
// a facet counts each value within the view's other filters, which is the view itself for every
// value the view keeps. Stated values are summed per currency, never across currencies.
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type DealFilters, buildDealQuery } from '@/lib/filters/deals';
import { translatorFor } from '@/lib/i18n/translator';
import { dealFacetList, dealWhereFor, dealWhereSql, keptScope } from '@/lib/lists/deal-facets';
import { dealRollup, rollupPays } from '@/lib/lists/deal-rollup';
import { type FacetCount, facetByKey } from '@/lib/lists/facets';
import { type DealFacets, type DealTotals, WALK_MIN, countDeals, dealDataView, dealFacets, dealTotals } from '@/lib/queries/deals';
import { dealValueByCountrySql, keptValueByCountry, readsDealsAsSql } from '@/lib/queries/deals-sql';
import type { Chart, ChartBar } from './model';

/** The view's deals, without what only changes how it is shown (sort, page, charts or map). */
export const dataView = dealDataView;

/** A link to the same view (kept as charts or map) narrowed to `change`. */
export function narrowedHref(f: DealFilters, change: Partial<DealFilters>): string {
  return `/deals${buildDealQuery({ ...f, ...change, page: 1 })}`;
}

/** Stated value per partner country and currency within the view (deals with no value left out). */
export const dealValueByCountry = cachedRead('charts.valueByCountry', ['register'], async (f: DealFilters, client: PrismaClient = db) => {
  // SQLite: in SQL (lib/queries/deals-sql.ts); a view of a thousand deals or more walks the index
  // rather than looking each deal up (its count is known by now: the list and the facets read it).
  if (readsDealsAsSql(client)) {
    // Every live deal, or a view of some partner countries: from the sums kept per country (deals-sql.ts).
    const scope = keptScope(f);
    const kept = scope && (await keptValueByCountry(client, scope));
    return kept ?? dealValueByCountrySql(client, await dealWhereSql(f, client, null, (await countDeals(f, client)) >= WALK_MIN));
  }
  // PostgreSQL: a costly view (a search, an organisation) has them from its one pass (deal-rollup.ts).
  const rolled = rollupPays(f) ? (await dealRollup(f, client)).valueByCountry : undefined;
  if (rolled) return rolled;
  const groups = await client.deal.groupBy({
    by: ['valueCurrency', 'partnerCountryCode'],
    where: { AND: [await dealWhereFor(f, client), { valueAmount: { not: null } }, { valueCurrency: { not: null } }] },
    _sum: { valueAmount: true },
    _count: { _all: true },
  });
  return groups.map((g) => ({ currency: g.valueCurrency ?? '', country: g.partnerCountryCode, amount: g._sum.valueAmount ?? 0, deals: g._count._all }));
});

export type DealCharts = {
  charts: Chart[];
  /** The view's deals, and those with no stated value (counted apart, never as zero). */
  total: number;
  withoutValue: number;
  /** The view's deals with no partner country or no year: in the view, on no bar. */
  noCountry: number;
  noYear: number;
  /** Country names in the reader's language, for the map. */
  countryNames: Map<string, string>;
};

const byValue = (a: ChartBar, b: ChartBar) => b.value - a.value || a.label.localeCompare(b.label);

/** Only the values the view keeps: all of them, or those its own filter chose. */
function kept(counts: FacetCount[], chosen: readonly string[]): FacetCount[] {
  return chosen.length ? counts.filter((c) => chosen.includes(c.value)) : counts;
}

/** The years the view keeps: all of them, or those within its from–to. */
function yearsKept(years: FacetCount[], f: DealFilters): FacetCount[] {
  return years.filter((y) => (f.from === undefined || Number(y.value) >= f.from) && (f.to === undefined || Number(y.value) <= f.to));
}

/**
 * How many bars each chart of a view has at most, from its facets and totals alone, in the order of
 * {@link dealCharts}: its countries, years and types exactly, and for each currency's values a bar for
 * every country of the view (only those with a value in that currency have one). This sizes the
 * view's embed on the list, which does not sum the values per country only to count them (at a
 * million deals that sum is a pass over every deal of the view).
 */
export function dealChartBarCounts(view: DealFilters, facets: DealFacets, totals: DealTotals): number[] {
  const f = dataView(view);
  const countries = kept(facets.country, f.country).length;
  return [countries, yearsKept(facets.years, f).length, kept(facets.type, f.type).length, ...totals.perCurrency.map(() => countries)];
}

export async function dealCharts(view: DealFilters, locale: string, client: PrismaClient = db): Promise<DealCharts> {
  const f = dataView(view);
  const t = translatorFor(locale, 'dealCharts');
  const [facets, totals, values] = await Promise.all([dealFacets(f, client), dealTotals(f, client), dealValueByCountry(f, client)]);
  const country = facetByKey(dealFacetList, 'country');
  const type = facetByKey(dealFacetList, 'type');

  const countries = kept(facets.country, f.country);
  const countryNames = new Map(countries.map((c) => [c.value, country.label(c, locale)]));
  const countryBars = countries.map((c) => ({ key: c.value, label: countryNames.get(c.value) ?? c.value, value: c.count, href: narrowedHref(view, { country: [c.value] }) }));
  const years = yearsKept(facets.years, f);
  const yearBars = years.map((y) => ({ key: y.value, label: y.value, value: y.count, href: narrowedHref(view, { from: Number(y.value), to: Number(y.value) }) }));
  const typeBars = kept(facets.type, f.type).map((c) => ({ key: c.value, label: type.label(c, locale), value: c.count, href: narrowedHref(view, { type: [c.value as DealFilters['type'][number]] }) }));

  const total = totals.perCurrency.reduce((n, c) => n + c.deals, 0) + totals.withoutValue;
  const charts: Chart[] = [
    { id: 'country', title: t('byCountry'), unit: { kind: 'deals' }, keyColumn: 'country', bars: countryBars.sort(byValue) },
    { id: 'year', title: t('byYear'), unit: { kind: 'deals' }, keyColumn: 'year', bars: yearBars },
    { id: 'type', title: t('byType'), unit: { kind: 'deals' }, keyColumn: 'cooperation_type', bars: typeBars.sort(byValue) },
  ];
  for (const { currency } of totals.perCurrency) {
    const bars = values
      .filter((v) => v.currency === currency)
      .map((v) => {
        const code = v.country ?? '';
        return { key: code, label: code ? (countryNames.get(code) ?? code) : t('noCountry'), value: v.amount, href: code ? narrowedHref(view, { country: [code] }) : narrowedHref(view, {}) };
      });
    charts.push({ id: `value-${currency}`, title: t('valueIn', { currency }), unit: { kind: 'money', currency }, keyColumn: 'country', bars: bars.sort(byValue) });
  }
  const onBars = (bars: ChartBar[]) => bars.reduce((n, b) => n + b.value, 0);
  return {
    charts,
    total,
    withoutValue: totals.withoutValue,
    noCountry: total - onBars(countryBars),
    noYear: f.from === undefined && f.to === undefined ? total - onBars(yearBars) : 0,
    countryNames,
  };
}
