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

/** The lists of the register, whose views can be read as they stood on a past day (lib/records/past-register.ts). */
export const pastRegisterLists = ['deals', 'instruments', 'sources'] as const satisfies readonly ListKind[];
export type PastRegisterList = (typeof pastRegisterLists)[number];

/**
 * A list's view parsed from raw parameters, with its canonical query string. Only what reads a
 * register list as it stood (its page, its export, their addresses) says `past`; elsewhere (embeds,
 * cards, chart files) a past day is named as dropped, never silently shown as today.
 */
export function readView<K extends ListKind>(kind: K, raw: RawParams, { past = false } = {}): { filters: ListFilters[K]; dropped: Dropped; query: string } {
  const spec = listOfKind(kind);
  const parsed = spec.parse(raw);
  let { filters } = parsed;
  const { dropped } = parsed;
  const asof = (filters as { asof?: string }).asof;
  if (asof && !past && (pastRegisterLists as readonly string[]).includes(kind)) {
    dropped.push({ key: 'asof', value: asof });
    filters = { ...filters, asof: undefined };
  }
  return { filters, dropped, query: spec.build(filters) };
}
