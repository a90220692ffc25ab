// The /sources view in the URL: an optional text filter, an order and a page.
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickInt, pickOne, pickPastDay, pickText } from './params';

export const sourceSorts = ['footnote', 'date', '-date'] as const;
export type SourceSort = (typeof sourceSorts)[number];
export const DEFAULT_SOURCE_SORT: SourceSort = 'footnote';

/** `asof`: the sources as they stood at the end of that past day. */
export type SourceFilters = { q?: string; sort: SourceSort; page: number; asof?: string };

/**
 * Works per page of /sources. The paper's bibliography (63 works) is one page, so every
 * `/sources#slug` link finds its entry; the scale data's 5,000 works are 51 pages.
 */
export const SOURCES_PER_PAGE = 100;

export const emptySourceFilters: SourceFilters = { sort: DEFAULT_SOURCE_SORT, page: 1 };

export function parseSourceFilters(raw: RawParams): { filters: SourceFilters; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, ['q', 'sort', 'page', 'asof'], dropped);
  const filters: SourceFilters = {
    q: pickText(raw, 'q'),
    sort: pickOne(raw, 'sort', sourceSorts, dropped) ?? DEFAULT_SOURCE_SORT,
    page: pickInt(raw, 'page', 1, 1_000_000, dropped) ?? 1,
    asof: pickPastDay(raw, 'asof', dropped),
  };
  return { filters, dropped };
}

/** The canonical query string (defaults left out): q, sort, page, asof. */
export function buildSourceQuery(f: SourceFilters): string {
  return buildQuery([
    ['q', f.q],
    ['sort', f.sort === DEFAULT_SOURCE_SORT ? undefined : f.sort],
    ['page', f.page === 1 ? undefined : f.page],
    ['asof', f.asof],
  ]);
}
