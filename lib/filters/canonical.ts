// One state, one address: the canonical query string for each list path, so the proxy can send a
// URL that differs only in parameter order or empty fields to the canonical one.
import { buildDealQuery, parseDealFilters } from './deals';
import { buildInstrumentQuery, parseInstrumentFilters } from './instruments';
import { type RawParams, toRawParams } from './params';
import { buildSourceQuery, parseSourceFilters } from './sources';

type Canonicaliser = (raw: RawParams) => { query: string; droppedCount: number };

const lists: Record<string, Canonicaliser> = {
  '/deals': (raw) => {
    const { filters, dropped } = parseDealFilters(raw);
    return { query: buildDealQuery(filters), droppedCount: dropped.length };
  },
  '/instruments': (raw) => {
    const { filters, dropped } = parseInstrumentFilters(raw);
    return { query: buildInstrumentQuery(filters), droppedCount: dropped.length };
  },
  '/sources': (raw) => {
    const { filters, dropped } = parseSourceFilters(raw);
    return { query: buildSourceQuery(filters), droppedCount: dropped.length };
  },
};

/**
 * The canonical search string for a (locale-less) path, or null when the URL is already canonical,
 * is not a list, or has parameters that will be dropped (the page must show that notice).
 */
export function canonicalSearch(pathname: string, search: URLSearchParams): string | null {
  const canonicalise = lists[pathname];
  if (!canonicalise) return null;
  const { query, droppedCount } = canonicalise(toRawParams(search));
  if (droppedCount > 0) return null;
  const current = search.toString();
  return (current ? `?${current}` : '') === query ? null : query;
}
