// Text search that behaves the same on SQLite and PostgreSQL: the app stores a normalised copy of
// each record's searchable text and matches normalised query tokens against it with `contains`.

/** Lower-case, strip accents, and turn punctuation into nothing ("KF-21" → "kf21") or spaces. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐-―'’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The tokens of a query, each of which must appear in a matching record. */
export function searchTokens(query: string): string[] {
  return [...new Set(normaliseForSearch(query).split(' ').filter(Boolean))].slice(0, 8);
}

/** The stored search text of a record, built from its parts in any language. */
export function buildSearchText(parts: Array<string | null | undefined>): string {
  return ` ${normaliseForSearch(parts.filter(Boolean).join(' '))} `;
}
