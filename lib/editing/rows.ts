// Several rows in one flat value (a deal's events, the claims of its links), so that they fit one
// form value, one CSV cell and one line of a revision: a row a line, its parts joined by " | ". A
// part's own backslash, bar and line breaks are escaped (\\, \|, \n), so any text reads back as written.

const escapePart = (part: string) => part.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '\\n');

/** Rows of parts as one value; a row of nothing but empty parts is left out. */
export function joinRows(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows
    .filter((parts) => parts.some((p) => p.trim()))
    .map((parts) => parts.map((p) => escapePart(p.trim())).join(' | '))
    .join('\n');
}

/** One line's parts, trimmed, with their escapes undone. */
function splitLine(line: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      const next = line[++i]!;
      part += next === 'n' ? '\n' : next;
    } else if (c === '|') {
      parts.push(part.trim());
      part = '';
    } else part += c;
  }
  parts.push(part.trim());
  return parts;
}

/** A value's rows, each a list of trimmed parts; blank lines and rows of empty parts are skipped. */
export function splitRows(value: string | undefined): string[][] {
  return (value ?? '')
    .split(/\r?\n/)
    .map(splitLine)
    .filter((parts) => parts.some(Boolean));
}

/** Codes and numbers in one order wherever they are listed (`2` before `10`), so a list reads back as written. */
export const byKey = (a: string | number, b: string | number) => String(a).localeCompare(String(b), 'en', { numeric: true });

/** "a; b;; c " → ["a", "b", "c"] */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}
