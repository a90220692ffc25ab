// GET /api/{deals,instruments,recommendations,sources,findings}: the rows of exactly the view the page shows
// for the same parameters (every page of it), as JSON or CSV, with a citation and an "as of" date.
import { apiError } from '@/lib/api';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type RawParams, toRawParams } from '@/lib/filters/params';
import { routing } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { type ListKind, pastRegisterLists, readView } from '@/lib/lists';
import type { ExportRows } from '@/lib/lists/spec';
import { PAST_REGISTER_MAX_CHANGES, readRegisterAsOf } from '@/lib/records/past-register';
import { endOfDay } from '@/lib/tracker/as-of';
import { EXPORT_BATCH } from '@/lib/queries/deals';
import { viewFileName } from '@/lib/views/file-name';
import { csvHead, csvRows } from './csv';
import { loadExport, rowCells, rowObject } from './datasets';
import { exportTurns } from './turns';

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
  const { filters, dropped, query } = readView(kind, options.view, { past: true });
  const rejected = [...options.bad, ...dropped];
  if (rejected.length) return apiError(400, 'Unknown or malformed parameters.', { dropped: rejected });

  const locale = options.locale ?? routing.defaultLocale;
  const format = options.format ?? 'json';
  const origin = publicOrigin(request.headers, request.url);
  const t = translatorFor(locale, 'exports');
  const read = async (from: PrismaClient, lasting = true) => {
    const [rows, cite] = await Promise.all([loadExport(kind, filters, from), citeView(kind, filters, query, locale, origin, from)]);
    return { rows: lasting ? rows : await wholly(rows), cite };
  };
  // A register list as it stood on a past day is read from the register rewound to that day.
  const asof = (pastRegisterLists as readonly string[]).includes(kind) ? (filters as { asof?: string }).asof : undefined;
  const loaded = asof ? await readRegisterAsOf(endOfDay(asof), read, client) : { ok: true as const, value: await read(client) };
  if (!loaded.ok) {
    if (loaded.reason === 'unavailable') return apiError(503, `The register cannot be rebuilt as it stood on ${asof} on this server just now. The releases (/releases) hold it as it was.`);
    return apiError(422, loaded.reason === 'too-far' ? `${loaded.changes} saves have been made since ${asof}, more than the ${PAST_REGISTER_MAX_CHANGES} Ties undoes on request. The releases (/releases) hold the register as it was.` : `The register cannot be rebuilt as it stood on ${asof}: ${loaded.record} as it stood then is not valid today.`);
  }
  const { rows: { columns, total, batches }, cite } = loaded.value;
  const citation = { title: `Ties: ${cite.description.line}`, url: cite.url, retrieved: cite.retrieved, as_of: cite.asOf, text: cite.text };
  const headers = {
    'Cache-Control': 'no-store',
    'X-Ties-As-Of': citation.as_of ?? '',
    Link: `<${cite.url}>; rel="canonical"`,
    // The citation, percent-encoded as UTF-8 (a header carries only ASCII safely). A CSV no longer
    // opens with it as a `#` line, which spreadsheets read as a row of data: its first line is its header.
    'X-Ties-Citation': encodeURIComponent(citation.text),
  };
  // A download says which view it holds: ties-deals-poland-transfer-2026-12-02.csv.
  const filename = viewFileName(kind, filters, query, citation.retrieved);
  // An export of more than one batch waits its turn (see turns.ts); a reader who leaves while it
  // waits gives up the place in the queue.
  let release = () => {};
  if (total > EXPORT_BATCH) {
    try {
      release = await exportTurns.take(request.signal);
    } catch {
      return apiError(503, 'The export was cancelled before it started.');
    }
  }

  if (format === 'csv') {
    async function* csv() {
      yield csvHead(columns.map((c) => c.name));
      for await (const rows of batches) yield csvRows(rows.map((row) => rowCells(columns, row, origin)));
    }
    return new Response(streamOf(csv(), release), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}.csv"` },
    });
  }
  async function* json() {
    const head = JSON.stringify({
      citation,
      view: { list: kind, query: query.replace(/^\?/, ''), description: cite.description.line },
      total,
      fields: columns.map((c) => ({ name: c.name, description: t(`columns.${kind}.${c.name}`) })),
    });
    // The rows go last, under the list's name, written batch by batch into the same object.
    yield `${head.slice(0, -1)},${JSON.stringify(kind)}:[`;
    let first = true;
    for await (const rows of batches) {
      if (!rows.length) continue;
      yield (first ? '' : ',') + rows.map((row) => JSON.stringify(rowObject(columns, row, origin))).join(',');
      first = false;
    }
    yield ']}';
  }
  return new Response(streamOf(json(), release), {
    headers: { ...headers, 'Content-Type': 'application/json', 'Content-Disposition': `inline; filename="${filename}.json"` },
  });
}

/** An export's rows read whole, for a client that closes once the read returns. */
async function wholly(rows: ExportRows): Promise<ExportRows> {
  const all: unknown[] = [];
  for await (const batch of rows.batches) all.push(...batch);
  async function* once() {
    yield all;
  }
  return { ...rows, batches: once() };
}

/**
 * A response body written as it is read: each part is made only when the reader wants the next, so
 * a 100,000-row export holds one batch in memory, and a reader who goes away stops the reading.
 * `done` runs once, when the body ends, fails or is cancelled.
 */
function streamOf(parts: AsyncGenerator<string>, done: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await parts.next();
        if (next.done) {
          done();
          controller.close();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        done();
        throw error;
      }
    },
    async cancel() {
      done();
      await parts.return(undefined);
    },
  });
}
