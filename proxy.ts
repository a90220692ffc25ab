// Locale routing and canonical list URLs. A path's language is its URL (/ko/… Korean, the rest
// English), so a shared link keeps its language; only a fresh arrival at the bare home page follows
// the reader's remembered choice or, failing that, Accept-Language.
import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { canonicalSearch } from '@/lib/filters/canonical';
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

export default function proxy(request: NextRequest) {
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
  return intl(request);
}

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
