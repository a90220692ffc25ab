// The map of a /deals view: every country the database records, with the view's deals (or stated
// value in one currency) and its memberships as recorded, never inferred from anywhere else.
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { DealFilters, DealMapLayer as MapLayer } from '@/lib/filters/deals';
import { localised } from '@/lib/format';
import { countryShapes } from '@/lib/geo/shapes';
import { type DealCharts, narrowedHref } from './deal-charts';
import { type MapCountry, mapBins } from './map-svg';
import type { Chart } from './model';


const countryRecords = cachedRead('charts.countries', ['register'], async (client: PrismaClient = db) =>
  client.country.findMany({ select: { code: true, name: true, nameKo: true, eu: true, nato: true, ip4: true }, orderBy: { code: 'asc' } }),
);

export type DealMap = {
  /** The measure drawn: deals, or stated value in one currency (only those the view has). */
  measure: { kind: 'deals' } | { kind: 'money'; currency: string };
  currencies: string[];
  countries: Map<string, MapCountry>;
  bins: number[];
  /** What is drawn, as a chart: one row per country coloured, for the table and the CSV. */
  chart: Chart;
  /** Countries with deals in the view that the map's frame leaves out (Australia, Japan's neighbours). */
  offMap: Array<{ code: string; name: string; value: number }>;
  memberships: Map<string, { eu: boolean; nato: boolean; ip4: boolean }>;
};

export async function dealMap(view: DealFilters, charts: DealCharts, locale: string, layer: MapLayer | undefined, client: PrismaClient = db): Promise<DealMap> {
  const records = await countryRecords(client);
  const currencies = charts.charts.filter((c) => c.unit.kind === 'money').map((c) => (c.unit.kind === 'money' ? c.unit.currency : ''));
  const currency = view.measure && currencies.includes(view.measure) ? view.measure : undefined;
  const source = charts.charts.find((c) => c.id === (currency ? `value-${currency}` : 'country'));
  const values = new Map((source?.bars ?? []).map((b) => [b.key, b.value]));
  const drawnCodes = new Set(countryShapes().map((s) => s.code));
  const countries = new Map<string, MapCountry>();
  for (const r of records) {
    const value = values.get(r.code) ?? 0;
    const name = charts.countryNames.get(r.code) ?? localised(locale, r.name, r.nameKo).text;
    countries.set(r.code, { code: r.code, name, value, href: value > 0 ? narrowedHref(view, { country: [r.code] }) : null, member: layer ? r[layer] : false });
  }
  const onMap = [...countries.values()].filter((c) => c.value > 0 && drawnCodes.has(c.code)).sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const offMap = [...countries.values()].filter((c) => c.value > 0 && !drawnCodes.has(c.code)).map(({ code, name, value }) => ({ code, name, value }));
  const max = Math.max(0, ...onMap.map((c) => c.value));
  return {
    measure: currency ? { kind: 'money', currency } : { kind: 'deals' },
    currencies,
    countries,
    bins: mapBins(max, !currency),
    chart: {
      id: 'map',
      title: source?.title ?? '',
      unit: currency ? { kind: 'money', currency } : { kind: 'deals' },
      keyColumn: 'country',
      bars: onMap.map((c) => ({ key: c.code, label: c.name, value: c.value, href: c.href ?? '' })),
    },
    offMap,
    memberships: new Map(records.map((r) => [r.code, { eu: r.eu, nato: r.nato, ip4: r.ip4 }])),
  };
}
