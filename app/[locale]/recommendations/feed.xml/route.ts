// The tracker's history as an Atom feed in another language than English (/ko/recommendations/feed.xml).
import { isLocale, routing } from '@/lib/i18n/routing';
import { atomFeed } from '@/lib/tracker/feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/[locale]/recommendations/feed.xml'>) {
  const { locale } = await params;
  // English has its feed at the unprefixed path only.
  if (!isLocale(locale) || locale === routing.defaultLocale) return new Response('Not found', { status: 404 });
  return atomFeed(request, locale);
}
