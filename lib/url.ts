// Absolute URLs for citations, link previews and the printed address of a view.
import { routing } from '@/lib/i18n/routing';

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The site's origin: TIES_PUBLIC_URL where set (behind a proxy or load balancer), otherwise the
 * request's own host. A malformed Host header falls back to localhost rather than being echoed.
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
  const fallback = requestUrl ? new URL(requestUrl) : null;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? headers.get('host') ?? fallback?.host ?? '';
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? fallback?.protocol.replace(':', '');
  const proto = forwarded === 'https' ? 'https' : 'http';
  return `${proto}://${HOST.test(host) ? host : 'localhost'}`;
}

/** A locale-less path ("/deals?country=PL") as the given locale's path ("/ko/deals?country=PL"). */
export function localisedPath(path: string, locale: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : path.startsWith('/?') ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}
