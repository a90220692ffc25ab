// The five lists a reader can filter, sort, cite and export, each defined once (see spec.ts).
import type { DealFilters } from '@/lib/filters/deals';
import type { FindingFilters } from '@/lib/filters/findings';
import type { InstrumentFilters } from '@/lib/filters/instruments';
import type { Dropped, RawParams } from '@/lib/filters/params';
import type { RecommendationFilters } from '@/lib/filters/recommendations';
import type { SourceFilters } from '@/lib/filters/sources';
import { dealsList } from './deals';
import { findingsList } from './findings';
import { instrumentsList } from './instruments';
import { recommendationsList } from './recommendations';
import type { ListSpec } from './spec';
import { sourcesList } from './sources';

export type ListFilters = {
  deals: DealFilters;
  instruments: InstrumentFilters;
  recommendations: RecommendationFilters;
  sources: SourceFilters;
  findings: FindingFilters;
};
export type ListKind = keyof ListFilters;

export const lists: { [K in ListKind]: ListSpec<K, ListFilters[K]> } = {
  deals: dealsList,
  instruments: instrumentsList,
  recommendations: recommendationsList,
  sources: sourcesList,
  findings: findingsList,
};
export const listKinds = ['deals', 'instruments', 'recommendations', 'sources', 'findings'] as const satisfies readonly ListKind[];

/** The specification of one list, typed by its kind. */
export function listOfKind<K extends ListKind>(kind: K): ListSpec<K, ListFilters[K]> {
  return lists[kind];
}

export function isListKind(value: string): value is ListKind {
  return (listKinds as readonly string[]).includes(value);
}

/** A list's view parsed from raw parameters, with its canonical query string. */
export function readView<K extends ListKind>(kind: K, raw: RawParams): { filters: ListFilters[K]; dropped: Dropped; query: string } {
  const spec = listOfKind(kind);
  const { filters, dropped } = spec.parse(raw);
  return { filters, dropped, query: spec.build(filters) };
}
