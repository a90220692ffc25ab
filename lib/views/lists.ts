// The four lists a reader can filter, sort and share. Each one turns URL parameters into a typed
// view and back; the proxy, the pages, the exports and the tests all go through this table.
import { type DealFilters, buildDealQuery, parseDealFilters } from '@/lib/filters/deals';
import { type InstrumentFilters, buildInstrumentQuery, parseInstrumentFilters } from '@/lib/filters/instruments';
import type { Dropped, RawParams } from '@/lib/filters/params';
import { type RecommendationFilters, buildRecommendationQuery, parseRecommendationFilters } from '@/lib/filters/recommendations';
import { type SourceFilters, buildSourceQuery, parseSourceFilters } from '@/lib/filters/sources';

export type ListFilters = {
  deals: DealFilters;
  instruments: InstrumentFilters;
  recommendations: RecommendationFilters;
  sources: SourceFilters;
};
export type ListKind = keyof ListFilters;
export const listKinds = ['deals', 'instruments', 'recommendations', 'sources'] as const satisfies readonly ListKind[];

export type ListSpec<K extends ListKind> = {
  kind: K;
  path: `/${K}`;
  parse(raw: RawParams): { filters: ListFilters[K]; dropped: Dropped };
  build(filters: ListFilters[K]): string;
};

export const lists: { [K in ListKind]: ListSpec<K> } = {
  deals: { kind: 'deals', path: '/deals', parse: parseDealFilters, build: buildDealQuery },
  instruments: { kind: 'instruments', path: '/instruments', parse: parseInstrumentFilters, build: buildInstrumentQuery },
  recommendations: { kind: 'recommendations', path: '/recommendations', parse: parseRecommendationFilters, build: buildRecommendationQuery },
  sources: { kind: 'sources', path: '/sources', parse: parseSourceFilters, build: buildSourceQuery },
};

export function isListKind(value: string): value is ListKind {
  return (listKinds as readonly string[]).includes(value);
}

/** A list's view parsed from raw parameters, with its canonical query string. */
export function readView<K extends ListKind>(kind: K, raw: RawParams): { filters: ListFilters[K]; dropped: Dropped; query: string } {
  const spec: ListSpec<K> = lists[kind];
  const { filters, dropped } = spec.parse(raw);
  return { filters, dropped, query: spec.build(filters) };
}
