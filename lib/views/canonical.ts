// One state, one address: the canonical query string for each list path, so the proxy can send a
// URL that differs only in parameter order or empty fields to the canonical one.
import { toRawParams } from '@/lib/filters/params';
import { type ListKind, listKinds, lists, readView } from '@/lib/lists';

const byPath = new Map<string, ListKind>(listKinds.map((kind) => [lists[kind].path, kind]));

/**
 * The canonical search string for a (locale-less) path, or null when the URL is already canonical,
 * is not a list, or has parameters that will be dropped (the page must show that notice).
 */
export function canonicalSearch(pathname: string, search: URLSearchParams): string | null {
  const kind = byPath.get(pathname);
  if (!kind) return null;
  const { dropped, query } = readView(kind, toRawParams(search), { past: true });
  if (dropped.length > 0) return null;
  const current = search.toString();
  return (current ? `?${current}` : '') === query ? null : query;
}
