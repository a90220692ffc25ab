// CSV as RFC 4180 describes it (every field quoted, CRLF line ends), safe to open in a spreadsheet:
// a text cell that starts like a formula is prefixed with an apostrophe, as OWASP recommends.
export type Cell = string | number | boolean | null | undefined | readonly string[];

/** What a spreadsheet would run as a formula; the CSV import strips the guard from exactly these. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell as text: lists joined with "; ", booleans as true/false, nothing as empty. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = value as string;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

const line = (row: readonly Cell[]) => row.map((cell) => quote(cellText(cell))).join(',');

/**
 * The start of a CSV document: the byte-order mark, which makes Excel read the file as UTF-8
 * (Korean text, "€"), then `comments` as `#` lines (the citation: spreadsheets show them as a row,
 * and pandas (`comment="#"`) and R (`comment.char = "#"`) skip them), then the header.
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
