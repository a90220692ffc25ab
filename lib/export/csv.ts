// CSV as RFC 4180 describes it (every field quoted, CRLF line ends), safe to open in a spreadsheet:
// a text cell that starts like a formula is prefixed with an apostrophe, as OWASP recommends.
import type { Cell } from '@/lib/records/column';

export type { Cell };

// The text the guard is put before: what a spreadsheet would run as a formula (=, +, -, @, tab, CR,
// and their full-width forms), or apostrophes and then that. Guarding the apostrophes too is what
// makes the guard reversible: the import strips one apostrophe from exactly the cells that match
// this after it, so `'=x` (exported as `''=x`) reads back as `'=x`, and `'tis` (not guarded) as `'tis`.
const GUARDED = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text as a spreadsheet-safe cell: an apostrophe before anything that would start a formula. */
export function guardText(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/** The inverse of {@link guardText}, for every string: the CSV import reads cells through it. */
export function unguardText(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One cell as text: lists joined with "; ", booleans as true/false, nothing as empty. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // A list is guarded as the text it becomes: its first item could start a formula too.
  return guardText(Array.isArray(value) ? value.join('; ') : (value as string));
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

const line = (row: readonly Cell[]) => row.map((cell) => quote(cellText(cell))).join(',');

/**
 * The start of a CSV document: the byte-order mark, which makes Excel read the file as UTF-8
 * (Korean text, "€"), then `comments` as `#` lines, then the header. Exports pass no comments (their
 * citation is in a response header, the JSON and the page: a spreadsheet reads a `#` line as data);
 * the import still reads files that start with one.
 */
export function csvHead(header: readonly string[], comments: readonly string[] = []): string {
  return `\uFEFF${[...comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`), header.map(quote).join(',')].join('\r\n')}\r\n`;
}

/** Rows of a CSV document, each ending in CRLF, to follow {@link csvHead} or earlier rows. */
export function csvRows(rows: ReadonlyArray<readonly Cell[]>): string {
  return rows.length ? `${rows.map(line).join('\r\n')}\r\n` : '';
}

/** A whole CSV document. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>, comments: readonly string[] = []): string {
  return csvHead(header, comments) + csvRows(rows);
}
