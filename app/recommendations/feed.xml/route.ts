// The tracker's history as an Atom feed, in English; /ko/recommendations/feed.xml is the Korean one.
import { atomFeed } from '@/lib/tracker/feed';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return atomFeed(request, 'en');
}
