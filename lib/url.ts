// Absolute URLs for citations, link previews and the printed address of a view.
import { routing } from '@/lib/i18n/routing';

/** The longest host name DNS allows; anything longer is not a host this site can be reached at. */
const MAX_HOST = 253;

/** `host` (a name or address with an optional port) as a URL parser writes it, or null if it refuses it. */
function validHost(host: string | null | undefined): string | null {
  if (!host || host.length > MAX_HOST + 6 || !/^[a-z0-9.:[\]-]+$/i.test(host)) return null;
  try {
    // The WHATWG parser refuses ports above 65535 and IPv4 addresses such as 999.999.999.999.
    return new URL(`http://${host}`).host;
  } catch {
    return null;
  }
}

/**
 * The site's origin: TIES_PUBLIC_URL where set (behind a proxy or load balancer), otherwise the
 * request's own host. X-Forwarded-Host and -Proto are believed only when the operator says a proxy
 * in front sets them (TIES_TRUST_PROXY=1): from anyone else they would let a stranger choose the
 * address printed in canonical links and citations. A malformed host falls back to localhost
 * rather than being echoed.
 */
export function publicOrigin(headers: Pick<Headers, 'get'>, requestUrl?: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env.TIES_PUBLIC_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A wrong setting should not take pages down: fall through to the request's host.
    }
  }
  const trusted = env.TIES_TRUST_PROXY === '1';
  const first = (name: string) => headers.get(name)?.split(',')[0]?.trim();
  let fallback: URL | null = null;
  try {
    fallback = requestUrl ? new URL(requestUrl) : null;
  } catch {
    fallback = null;
  }
  const host = (trusted ? validHost(first('x-forwarded-host')) : null) ?? validHost(headers.get('host')) ?? validHost(fallback?.host) ?? 'localhost';
  const proto = (trusted ? first('x-forwarded-proto') : undefined) ?? fallback?.protocol.replace(':', '');
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

/** A locale-less path ("/deals?country=PL") as the given locale's path ("/ko/deals?country=PL"). */
export function localisedPath(path: string, locale: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : path.startsWith('/?') ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** Percent-escapes decoded, or null when one of them is not UTF-8 (`%ff`) or not an escape (`%zz`). */
export function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A route segment as text: Next may hand it over still percent-encoded; a stray "%" stays itself. */
export const decodeSegment = (segment: string): string => decodedOrNull(segment) ?? segment;
