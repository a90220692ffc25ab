// Locale routing and canonical list URLs. A path's language is its URL (/ko/… Korean, the rest
// English), so a shared link keeps its language; only a fresh arrival at the bare home page follows
// the reader's remembered choice or, failing that, Accept-Language.
import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { type Tag, cacheKey, dataVersions, pageCache, storableHeaders, tagsFor } from '@/lib/cache/page-cache';
import { canonicalSearch } from '@/lib/filters/canonical';
import { SESSION_COOKIE } from '@/lib/auth/sessions';
import { publicOrigin } from '@/lib/url';
import { preferredLocale } from '@/lib/i18n/preferred-locale';
import { localeCookie, routing } from '@/lib/i18n/routing';

// next-intl would otherwise redirect any unprefixed path by cookie or header, and write the cookie
// on every visit; here the URL decides, and only a choice made with the switcher writes the cookie.
const intl = createMiddleware({ ...routing, localeDetection: false, localeCookie: false });

/** A request from one of our own pages (a link or a client navigation) is already in a language. */
function fromOurPages(request: NextRequest): boolean {
  const referer = request.headers.get('referer');
  // The Host header, not nextUrl, names the address the browser used (nextUrl may say localhost).
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return referer !== null && host !== null && new URL(referer).host === host;
  } catch {
    return false;
  }
}

function redirectTo(request: NextRequest, pathname: string, search: string, status: 307 | 308) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = search;
  return NextResponse.redirect(url, status);
}

/** Set on the proxy's own request for a page it does not have yet, so that one is rendered. */
const RENDER = 'x-ties-render';

/**
 * Whether this request may be answered from the page cache: a plain GET of a public page by a
 * reader with no session (editors always see pages rendered for them), not a client navigation.
 */
function cacheable(request: NextRequest, bare: string): Tag[] | null {
  if (request.method !== 'GET' || request.headers.has(RENDER) || request.cookies.has(SESSION_COOKIE)) return null;
  if (request.headers.has('rsc') || request.headers.has('next-router-prefetch') || request.headers.has('next-action')) return null;
  return tagsFor(bare);
}

/** The page from the cache, or rendered once by this server (a loopback request) and kept. */
async function fromCache(request: NextRequest, tags: Tag[]): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const origin = publicOrigin(request.headers, request.url);
  const key = cacheKey(tags, await dataVersions(), origin, `${pathname}${search}`);
  const hit = pageCache.get(key);
  if (hit) return new NextResponse(hit.body, { status: hit.status, headers: [...hit.headers, ['x-ties-cache', 'hit']] });

  const headers = new Headers(request.headers);
  headers.set(RENDER, '1');
  headers.delete('cookie');
  // fetch cannot send the reader's Host header; the pages read the public origin from these.
  const url = new URL(origin);
  headers.set('x-forwarded-host', request.headers.get('x-forwarded-host') ?? url.host);
  headers.set('x-forwarded-proto', url.protocol.replace(':', ''));
  const rendered = await fetch(`http://127.0.0.1:${process.env.PORT ?? '3000'}${pathname}${search}`, { headers, redirect: 'manual' });
  const body = await rendered.text();
  const stored = storableHeaders(rendered.headers);
  if (rendered.status === 200 && rendered.headers.get('content-type')?.startsWith('text/html')) pageCache.set(key, { status: 200, headers: stored, body });
  return new NextResponse(body, { status: rendered.status, headers: [...stored, ['x-ties-cache', 'miss']] });
}

export default async function proxy(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl;

  // The switcher links to English as /en/… (next-intl prefixes a change of language): that is a
  // choice, so remember it, and serve English at its unprefixed address.
  if (/^\/en(?=\/|$)/.test(pathname)) {
    const response = redirectTo(request, pathname.slice(3) || '/', search, 307);
    const { name, ...options } = localeCookie;
    response.cookies.set(name, 'en', options);
    return response;
  }

  const bare = pathname.replace(/^\/ko(?=\/|$)/, '') || '/';
  const canonical = canonicalSearch(bare, searchParams);
  if (canonical !== null) return redirectTo(request, pathname, canonical, 308);

  if (pathname === '/' && !fromOurPages(request)) {
    const locale = preferredLocale(request.cookies.get(localeCookie.name)?.value, request.headers.get('accept-language'));
    if (locale !== routing.defaultLocale) {
      const response = redirectTo(request, `/${locale}`, search, 307);
      response.headers.set('Vary', 'Accept-Language, Cookie');
      return response;
    }
  }
  const tags = cacheable(request, bare);
  if (tags) return fromCache(request, tags);
  return intl(request);
}

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
