// One recommendation's history as an Atom feed in another language than English (/ko/recommendations/{n}/feed.xml).
import { feedRefusal } from '@/lib/feeds/atom';
import { isLocale, routing } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { parseRecommendationNumber } from '@/lib/schemas/recommendation';
import { atomFeed } from '@/lib/tracker/feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/[locale]/recommendations/[number]/feed.xml'>) {
  const { locale, number: raw } = await params;
  // English has its feeds at the unprefixed paths only.
  if (!isLocale(locale) || locale === routing.defaultLocale) return new Response('Not found', { status: 404 });
  const number = parseRecommendationNumber(raw);
  if (number === null) return feedRefusal(404, translatorFor(locale, 'trackerFeeds')('noSuchRecommendation'));
  return atomFeed(request, locale, undefined, number);
}
