// "Back to the list" returns to the view the reader came from. A detail page is linked from its list
// with `?from=<the list's path and query>`; only a path of that same list gets through, rebuilt from
// its parsed filters, so the parameter can never send a reader to another site (no open redirect).
import { toRawParams } from '@/lib/filters/params';
import { type ListKind, lists, readView } from '@/lib/lists';

/** The longest `from` read: a view with every filter set is well under this. */
const MAX_FROM = 1500;

/**
 * The `from` parameter a list's detail links carry, or nothing when the view is the list's default.
 * A record opened from the list as it stood on a past day opens as it stood that day (`asof`).
 */
export function fromParam(kind: ListKind, query: string): string {
  if (!query) return '';
  const asof = new URLSearchParams(query).get('asof');
  return `?from=${encodeURIComponent(`${lists[kind].path}${query}`)}${asof ? `&asof=${encodeURIComponent(asof)}` : ''}`;
}

/**
 * Where "back to the list" leads: the list view named by `from` when it is a path of the list of
 * `kind` (`/deals?country=PL`), in its canonical form; otherwise the list itself.
 */
export function backToList(kind: ListKind, from: string | string[] | undefined): string {
  const path = lists[kind].path;
  const value = Array.isArray(from) ? from[0] : from;
  if (!value || value.length > MAX_FROM) return path;
  const [head, ...rest] = value.split('?');
  if (head !== path) return path;
  const search = new URLSearchParams(rest.join('?'));
  return `${path}${readView(kind, toRawParams(search), { past: true }).query}`;
}
