// Every request passes here first. Refusals the router would otherwise turn into a 500 are answered
// at once; pages get their language, their canonical URL and a Content-Security-Policy with a fresh
// nonce. A path's language is its URL (/ko/… Korean, the rest English), so a shared link keeps its
// language; only a fresh arrival at the bare home page follows the reader's remembered choice or,
// failing that, Accept-Language.
import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { canonicalSearch } from '@/lib/views/canonical';
import { CAPTURE_HEADER, acceptsBrotli, keepablePage, keptPage, pageKey, startCapture } from '@/lib/cache/pages';
import { dataVersions } from '@/lib/cache/versions';
import { publicOrigin } from '@/lib/url';
import { RETRY_AFTER_SECONDS } from '@/lib/db-errors';
import { readableNow } from '@/lib/db-health';
import { contentSecurityPolicy, newNonce } from '@/lib/http/csp';
import { crossSiteAction, decodablePath, refusal } from '@/lib/http/guards';
import { preferredLocale } from '@/lib/i18n/preferred-locale';
import { localeCookie, routing } from '@/lib/i18n/routing';

// next-intl would otherwise redirect any unprefixed path by cookie or header, and write the cookie
// on every visit; here the URL decides, and only a choice made with the switcher writes the cookie.
// Its Link header lists every language's URL, and repeats a long URL three times: the pages carry
// the same alternates in <head>, so the header is left off (a 5 kB query made a 16 kB header).
const intl = createMiddleware({ ...routing, localeDetection: false, localeCookie: false, alternateLinks: false });

/**
 * The longest path and query served. Ties' longest real addresses (a view with every filter set)
 * are well under 1,000 characters; Next repeats the URL in up to three response headers, and a
 * reverse proxy refuses an answer whose headers pass its buffer (nginx: 4 or 8 kB).
 */
const MAX_URL = 2048;
const dev = process.env.NODE_ENV === 'development';
/** Whatever is not a page: API routes (not /api, the page that describes them), Next's assets, files such as the Atom feed or the icon. */
const NOT_A_PAGE = /^\/(api\/|_next(\/|$)|_vercel(\/|$))|\.[^/]*$/;
/** A release's page is named by its number ("/releases/2026.2"), which would otherwise read as a file name. */
const RELEASE_PAGE = /^(\/ko)?\/releases\/\d{4}\.\d{1,3}$/;
const NOT_A_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/**
 * An Atom feed opened in a browser reads as a page through our own XSLT stylesheet (an XSLT load is
 * checked as a script) and the inline styles it writes; the feed's text is escaped, and it runs no script.
 */
const FEED = /\/feed\.xml$/;
const FEED_POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

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

/**
 * A redirect on this site. It is built on request.url, the address the server is bound to, which
 * Next then turns into a path (so the browser stays on the address it used, whatever a proxy in
 * front calls it). nextUrl would not do: it renames 127.0.0.1 to "localhost", which Next then
 * sends as an absolute redirect to a host the server may not even listen on.
 */
function redirectTo(request: NextRequest, pathname: string, search: string, status: 307 | 308) {
  const url = new URL(request.url);
  url.pathname = pathname;
  url.search = search;
  return NextResponse.redirect(url, status);
}

/**
 * The page, with a nonce of its own that Next reads from the request's policy and puts on its
 * scripts. A reader's page kept since the data last changed is served as kept, with a fresh nonce
 * (lib/cache/pages.ts); otherwise Next renders it, and a reader's render is kept.
 */
async function page(request: NextRequest, bare: string): Promise<NextResponse> {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { embed: /^\/embed(\/|$)/.test(bare), dev });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // Only the proxy names a render to keep: a token sent by anyone else is dropped.
  headers.delete(CAPTURE_HEADER);
  let cache: 'hit' | 'miss' | null = null;
  const { pathname, search, searchParams } = request.nextUrl;
  if (!dev && keepablePage({ method: request.method, bare, search: searchParams, headers: request.headers, hasCookie: (name) => request.cookies.has(name) })) {
    // A database that cannot say its version now (a busy moment) only means this page is rendered.
    const versions = await dataVersions().catch(() => null);
    const key = versions && pageKey(versions, new Date().toISOString().slice(0, 10), publicOrigin(request.headers), `${pathname}${search}`);
    const kept = key && keptPage(key, nonce, { brotli: acceptsBrotli(request.headers.get('accept-encoding')) });
    if (kept) {
      const response = new NextResponse(kept.body, { status: 200, headers: kept.headers });
      response.headers.set('Content-Security-Policy', policy);
      response.headers.set('x-ties-cache', 'hit');
      return response;
    }
    if (key) {
      headers.set(CAPTURE_HEADER, startCapture(key, nonce));
      cache = 'miss';
    }
  }
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', policy);
  if (cache) response.headers.set('x-ties-cache', cache);
  return response;
}

export default async function proxy(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl;
  if (pathname.length + search.length > MAX_URL) return refusal(414, `This address is longer than ${MAX_URL} characters.`, `이 주소는 ${MAX_URL}자보다 깁니다.`);
  if (!decodablePath(pathname)) return refusal(400, 'This address has a malformed percent-escape.', '이 주소에 잘못된 퍼센트 인코딩이 있습니다.');
  if (crossSiteAction(request.method, request.headers)) {
    return refusal(403, 'Cross-site requests cannot change data.', '다른 사이트에서 보낸 요청으로는 데이터를 바꿀 수 없습니다.');
  }
  if (NOT_A_PAGE.test(pathname) && !RELEASE_PAGE.test(pathname)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', FEED.test(pathname) ? FEED_POLICY : NOT_A_PAGE_POLICY);
    return response;
  }

  // The switcher links to English as /en/… (next-intl prefixes a change of language): that is a
  // choice, so remember it, and serve English at its unprefixed address.
  if (/^\/en(?=\/|$)/.test(pathname)) {
    const response = redirectTo(request, pathname.slice(3) || '/', search, 307);
    const { name, ...options } = localeCookie;
    response.cookies.set(name, 'en', options);
    return response;
  }

  const bare = pathname.replace(/^\/ko(?=\/|$)/, '') || '/';
  // Not for Next's own RSC requests: their `_rsc` parameter is Next's (it redirects to add it), and
  // dropping it looped, which broke the redirect that follows a server action (sign-in, create).
  const canonical = request.headers.has('rsc') || searchParams.has('_rsc') ? null : canonicalSearch(bare, searchParams);
  if (canonical !== null) return redirectTo(request, pathname, canonical, 308);

  if (pathname === '/' && !fromOurPages(request)) {
    const locale = preferredLocale(request.cookies.get(localeCookie.name)?.value, request.headers.get('accept-language'));
    if (locale !== routing.defaultLocale) {
      const response = redirectTo(request, `/${locale}`, search, 307);
      response.headers.set('Vary', 'Accept-Language, Cookie');
      return response;
    }
  }
  if (!(await readableNow())) {
    const response = refusal(503, 'The database cannot be read at the moment. Try again in a few seconds.', '지금은 데이터베이스를 읽을 수 없습니다. 잠시 후 다시 시도하세요.');
    response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
    return response;
  }
  return page(request, bare);
}

export const config = {
  // Every path: a malformed one must be refused here, whatever it is, before the router fails on it.
  matcher: '/:path*',
};
