import { apiError, withDatabase } from '@/lib/api';
import { type ChartFormat, chartFile, chartFormats } from '@/lib/charts/files';
import { dealViewFileName } from '@/lib/charts/file-name';
import { isChartId } from '@/lib/charts/model';
import type { DealFilters } from '@/lib/filters/deals';
import { toRawParams } from '@/lib/filters/params';
import { knownLocale, routing } from '@/lib/i18n/routing';
import { readView } from '@/lib/lists';
import { publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';

export const dynamic = 'force-dynamic';

/**
 * GET /api/charts/deals/{country|year|type|value-EUR|map}?<the /deals view>&format=svg|png|csv&locale=ko:
 * one chart of the view, or its map, as a file named after the view.
 */
export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ chart: string }> }) => {
  const { chart } = await params;
  if (chart !== 'map' && !isChartId(chart)) return apiError(404, 'No such chart. Charts: country, year, type, value-<currency>, map.');
  const { format = 'svg', locale: rawLocale, ...raw } = toRawParams(new URL(request.url).searchParams);
  if (typeof format !== 'string' || !(chartFormats as readonly string[]).includes(format)) {
    return apiError(400, 'Unknown format: use svg, png or csv.', { dropped: [{ key: 'format', value: String(format) }] });
  }
  if (rawLocale !== undefined && !(routing.locales as readonly unknown[]).includes(rawLocale)) {
    return apiError(400, 'Unknown locale: use en or ko.', { dropped: [{ key: 'locale', value: String(rawLocale) }] });
  }
  const locale = knownLocale(typeof rawLocale === 'string' ? rawLocale : undefined);
  const { filters, dropped, query } = readView('deals', raw);
  if (dropped.length) return apiError(400, 'Unknown or malformed parameters.', { dropped });
  const cite = await citeView('deals', filters, query, locale, publicOrigin(request.headers, request.url));
  const file = await chartFile(filters as DealFilters, chart, format as ChartFormat, locale, cite);
  if (!file) return apiError(404, 'This view has no such chart (a value chart exists only for a currency the view states).');
  const name = `${dealViewFileName(filters, cite.retrieved, chart)}.${format}`;
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Link: `<${cite.url}>; rel="canonical"`,
    },
  });
});
