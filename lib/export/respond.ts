// GET /api/{deals,instruments,recommendations,sources}: the rows of exactly the view the page shows
// for the same parameters (every page of it), as JSON or CSV, with a citation and an "as of" date.
import { apiError } from '@/lib/api';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type RawParams, toRawParams } from '@/lib/filters/params';
import { routing } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { type ListKind, readView } from '@/lib/views/lists';
import { toCsv } from './csv';
import { loadExport, rowCells, rowObject } from './datasets';

export const exportFormats = ['json', 'csv'] as const;
type ExportFormat = (typeof exportFormats)[number];

/** The export's own parameters, taken out before the rest is read as the page's view. */
function exportOptions(raw: RawParams): { format?: ExportFormat; locale?: string; bad: Array<{ key: string; value: string }>; view: RawParams } {
  const { format, locale, ...view } = raw;
  const bad: Array<{ key: string; value: string }> = [];
  const one = (key: string, value: RawParams[string], allowed: readonly string[]) => {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && allowed.includes(value)) return value;
    bad.push({ key, value: String(value) });
    return undefined;
  };
  return {
    format: one('format', format, exportFormats) as ExportFormat | undefined,
    locale: one('locale', locale, routing.locales),
    bad,
    view,
  };
}

export async function exportResponse(request: Request, kind: ListKind, client: PrismaClient = db): Promise<Response> {
  const url = new URL(request.url);
  const options = exportOptions(toRawParams(url.searchParams));
  const { filters, dropped, query } = readView(kind, options.view);
  const rejected = [...options.bad, ...dropped];
  if (rejected.length) return apiError(400, 'Unknown or malformed parameters.', { dropped: rejected });

  const locale = options.locale ?? routing.defaultLocale;
  const format = options.format ?? 'json';
  const origin = publicOrigin(request.headers, request.url);
  const t = translatorFor(locale, 'exports');
  const [{ columns, rows }, cite] = await Promise.all([loadExport(kind, filters, client), citeView(kind, filters, query, locale, origin, client)]);
  const citation = { title: `Ties: ${cite.description.line}`, url: cite.url, retrieved: cite.retrieved, as_of: cite.asOf, text: cite.text };
  const headers = {
    'Cache-Control': 'no-store',
    'X-Ties-As-Of': citation.as_of ?? '',
    Link: `<${cite.url}>; rel="canonical"`,
  };
  const filename = `ties-${kind}-${citation.retrieved}`;

  if (format === 'csv') {
    const csv = toCsv(
      columns.map((c) => c.name),
      rows.map((row) => rowCells(columns, row, origin)),
      [citation.text],
    );
    return new Response(csv, {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}.csv"` },
    });
  }
  return Response.json(
    {
      citation,
      view: { list: kind, query: query.replace(/^\?/, ''), description: cite.description.line },
      total: rows.length,
      fields: columns.map((c) => ({ name: c.name, description: t(`columns.${kind}.${c.name}`) })),
      [kind]: rows.map((row) => rowObject(columns, row, origin)),
    },
    { headers: { ...headers, 'Content-Disposition': `inline; filename="${filename}.json"` } },
  );
}
