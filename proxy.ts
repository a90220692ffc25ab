// Locale routing: /ko/… is Korean, everything else English; a first visit may follow
// Accept-Language, and an explicit choice is remembered in a cookie.
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
