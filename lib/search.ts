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

/**
 * Whether a record's text parts hold every token, as the database's `contains` on a stored search
 * text does: the lists that are filtered in memory (instruments, recommendations, sources) use this.
 */
export function matchesTokens(parts: Array<string | null | undefined>, tokens: readonly string[]): boolean {
  if (!tokens.length) return true;
  const text = normaliseForSearch(parts.filter(Boolean).join(' '));
  return tokens.every((t) => text.includes(t));
}

type Named = { name: string; nameKo?: string | null };

/**
 * A deal's stored search text: its own words, and the names of its partner country and its
 * organisations in both languages, so a search for "Hanwha" or "폴란드" finds it. The seed, the
 * editor, a rename of a country or organisation, and the bench generator all build it here.
 */
export function dealSearchText(deal: {
  title: string;
  titleKo?: string | null;
  system: string;
  systemKo?: string | null;
  summary: string;
  summaryKo?: string | null;
  country: Named;
  organisations: readonly Named[];
}): string {
  return buildSearchText([
    deal.title,
    deal.titleKo,
    deal.system,
    deal.systemKo,
    deal.summary,
    deal.summaryKo,
    deal.country.name,
    deal.country.nameKo,
    ...deal.organisations.flatMap((o) => [o.name, o.nameKo]),
  ]);
}
