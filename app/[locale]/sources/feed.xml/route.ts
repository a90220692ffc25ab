// New and changed sources of a view as an Atom feed in another language than English (/ko/sources/feed.xml?…).
import { listFeed } from '@/lib/feeds/lists';
import { isLocale, routing } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/[locale]/sources/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale) || locale === routing.defaultLocale) return new Response('Not found', { status: 404 });
  return listFeed('sources', request, locale);
}
