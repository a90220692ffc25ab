// New and changed deals of a view as an Atom feed, in English (/deals/feed.xml?…); the Korean one is under /ko.
import { listFeed } from '@/lib/feeds/lists';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return listFeed('deals', request, 'en');
}
