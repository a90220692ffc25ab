// Reading an uploaded CSV into a header and rows, strictly: UTF-8 only, the export's layout
// (byte-order mark, `#` citation lines, every field possibly quoted with line breaks inside), and a
// clear problem for anything else instead of a guess.
import { CsvError, parse } from 'csv-parse';
import { unguardText } from '@/lib/export/csv';
import { type Pause, slicer } from './slices';
import { type CsvTable, type FileProblem, MAX_BYTES, MAX_ROWS } from './types';

/** How many bytes the parser takes between pauses: a few milliseconds of parsing. */
const CHUNK = 16 * 1024;

/** Bytes as UTF-8 text, or the problem: a file in Latin-1 or EUC-KR is refused, not garbled. */
export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  if (bytes.byteLength > MAX_BYTES) return { ok: false, problem: { code: 'tooLarge', params: { max: '1 MiB' } } };
  try {
    // The decoder drops a leading byte-order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { code: 'encoding' } };
  }
}

/** Leading `#` lines (the export's citation), taken off so that the header comes first. */
function stripComments(text: string): { body: string; skipped: number } {
  let body = text.replace(/^\uFEFF/, '');
  let skipped = 0;
  while (body.startsWith('#')) {
    const end = body.search(/\r\n|\n|\r/);
    if (end < 0) return { body: '', skipped: skipped + 1 };
    body = body.slice(end + (body.startsWith('\r\n', end) ? 2 : 1));
    skipped += 1;
  }
  return { body, skipped };
}

/** The line on which the quote that is never closed opens (the parser only knows where the file ends). */
function unclosedQuoteLine(body: string): number {
  let open = false;
  let openedAt = 0;
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] !== '"') continue;
    open = !open;
    if (open) openedAt = i;
  }
  return body.slice(0, openedAt).split(/\r\n|\n|\r/).length;
}

function csvProblem(error: CsvError, body: string, skipped: number): FileProblem {
  const line = Number((error as CsvError & { lines?: number }).lines ?? 0) + skipped;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { code: 'unclosedQuote', params: { line: unclosedQuoteLine(body) + skipped } };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { code: 'badQuote', params: { line } };
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return { code: 'ragged', params: { line } };
    default:
      return { code: 'malformed', params: { line, detail: error.message } };
  }
}

/**
 * The body's records, parsed a chunk at a time with pauses between chunks: parsing a whole 1 MiB
 * file at once holds the event loop for over 100 ms. Ragged rows are an error (relax_column_count
 * stays off); blank lines carry no row.
 */
function parseRecords(body: string, pause: Pause): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const records: string[][] = [];
    // With room on its readable side for every record of a chunk (a chunk of n bytes has fewer
    // than n), the stream parses each chunk as it is written, and read() takes its records at once;
    // with less, it would queue the chunks and parse them all in one go later. (A stream option,
    // which csv-parse passes on to Node's Transform but does not declare.)
    const options = { skip_empty_lines: true, relax_quotes: false, readableHighWaterMark: CHUNK };
    const parser = parse(options);
    const drain = () => {
      for (let record: string[] | null; (record = parser.read() as string[] | null) !== null; ) records.push(record);
    };
    parser.on('readable', drain);
    parser.on('error', reject);
    parser.on('end', () => resolve(records));
    // Bytes, not text: a slice of text could cut a character in two (a surrogate pair), whereas the
    // parser carries a field's bytes, like a field or a quote, over from one chunk to the next.
    const bytes = Buffer.from(body, 'utf8');
    void (async () => {
      for (let at = 0; at < bytes.length && !parser.destroyed; at += CHUNK) {
        parser.write(bytes.subarray(at, at + CHUNK));
        drain();
        await pause();
      }
      if (!parser.destroyed) parser.end();
    })().catch(reject);
  });
}

/** The text as a table, or why it cannot be read. Row numbers count the citation lines and header. */
export async function readCsv(text: string, pause: Pause = slicer()): Promise<{ ok: true; table: CsvTable } | { ok: false; problem: FileProblem }> {
  const { body, skipped } = stripComments(text);
  if (!body.trim()) return { ok: false, problem: { code: 'empty' } };
  let records: string[][];
  try {
    records = await parseRecords(body, pause);
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: csvProblem(error, body, skipped) };
    throw error;
  }
  const [header = [], ...data] = records;
  if (data.length === 0) return { ok: false, problem: { code: 'noRows' } };
  if (data.length > MAX_ROWS) return { ok: false, problem: { code: 'tooManyRows', params: { max: MAX_ROWS, count: data.length } } };
  const rows: CsvTable['rows'] = [];
  for (const [i, cells] of data.entries()) {
    await pause();
    rows.push({ row: skipped + 2 + i, cells: cells.map(unguardText) });
  }
  return { ok: true, table: { header: header.map((h) => h.trim()), rows } };
}
