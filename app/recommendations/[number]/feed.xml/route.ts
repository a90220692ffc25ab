// One recommendation's history as an Atom feed, in English; /ko/recommendations/{n}/feed.xml is the Korean one.
import { feedRefusal } from '@/lib/feeds/atom';
import { translatorFor } from '@/lib/i18n/translator';
import { parseRecommendationNumber } from '@/lib/schemas/recommendation';
import { atomFeed } from '@/lib/tracker/feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/recommendations/[number]/feed.xml'>) {
  const number = parseRecommendationNumber((await params).number);
  if (number === null) return feedRefusal(404, translatorFor('en', 'trackerFeeds')('noSuchRecommendation'));
  return atomFeed(request, 'en', undefined, number);
}
