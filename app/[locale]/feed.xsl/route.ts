// The feeds' stylesheet in another language than English (/ko/feed.xsl).
import { isLocale, routing } from '@/lib/i18n/routing';
import { stylesheetResponse } from '@/lib/feeds/stylesheet';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xsl'>) {
  const { locale } = await params;
  if (!isLocale(locale) || locale === routing.defaultLocale) return new Response('Not found', { status: 404 });
  return stylesheetResponse(locale);
}
