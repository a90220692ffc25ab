// The /sources view in the URL: an optional text filter and an order.
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickOne, pickText } from './params';

export const sourceSorts = ['footnote', 'date', '-date'] as const;
export type SourceSort = (typeof sourceSorts)[number];
export const DEFAULT_SOURCE_SORT: SourceSort = 'footnote';

export type SourceFilters = { q?: string; sort: SourceSort };

export const emptySourceFilters: SourceFilters = { sort: DEFAULT_SOURCE_SORT };

export function parseSourceFilters(raw: RawParams): { filters: SourceFilters; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, ['q', 'sort'], dropped);
  const filters: SourceFilters = {
    q: pickText(raw, 'q'),
    sort: pickOne(raw, 'sort', sourceSorts, dropped) ?? DEFAULT_SOURCE_SORT,
  };
  return { filters, dropped };
}

/** The canonical query string (defaults left out): q, sort. */
export function buildSourceQuery(f: SourceFilters): string {
  return buildQuery([
    ['q', f.q],
    ['sort', f.sort === DEFAULT_SOURCE_SORT ? undefined : f.sort],
  ]);
}
