// Locale routing (/ko/… is Korean, everything else English; a first visit may follow
// Accept-Language, an explicit choice is remembered), and canonical list URLs.
import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { canonicalSearch } from '@/lib/filters/canonical';
import { routing } from '@/lib/i18n/routing';

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const bare = pathname.replace(/^\/ko(?=\/|$)/, '') || '/';
  const canonical = canonicalSearch(bare, searchParams);
  if (canonical !== null) {
    const url = request.nextUrl.clone();
    url.search = canonical;
    return NextResponse.redirect(url, 308);
  }
  return intl(request);
}

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
