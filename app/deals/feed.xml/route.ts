// New and changed deals of a view as an Atom feed, in English (/deals/feed.xml?country=PL);
// /ko/deals/feed.xml is the Korean one.
import { dealsFeed } from '@/lib/feeds/deals';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return dealsFeed(request, 'en');
}
