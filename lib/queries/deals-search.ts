// The deals' text search, narrowed by the database's full-text index (issue 18). The search itself
// stays what it was, every token `contains`-matched against Deal.searchText (lib/search.ts), so the
// results are the same on SQLite and PostgreSQL; the index only says where to look:
// - SQLite: a common word's own list of deals (DealWordMember, kept by triggers: keptSearchWords); else
//   the FTS5 table "DealSearch" (trigram tokenizer, migration 20261204190000_deal_search)
//   gives the deals holding every token of three or more characters; when they are few, the view is
//   limited to them and each statement reads those rows instead of scanning every deal.
// - PostgreSQL: a pg_trgm GIN index serves the `LIKE '%token%'` of `contains` itself; nothing to add.
import { oncePerRequest } from '@/lib/cache/per-request';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { searchTokens } from '@/lib/search';

/**
 * The database behind a client, where Prisma says. SQLite and PostgreSQL put NULLs at opposite ends
 * of a descending order, and only SQLite has the FTS5 index.
 */
export function providerOf(client: PrismaClient): string | undefined {
  return (client as unknown as { _activeProvider?: string })._activeProvider;
}

/**
 * The most deals a search is narrowed to by id. Prisma binds each id as a parameter, at most 999 per
 * SQLite statement with the other filters' values, and spends about 0.05 ms per bound id in every
 * statement of the view: past this, scanning the text is the cheaper of the two.
 */
export const SEARCH_IDS_MAX = 500;

// The trigram index finds runs of three or more characters; "k9" has to be scanned for.
const indexable = (token: string) => [...token].length >= 3;

/** A token as an FTS5 phrase: the index then holds exactly the deals whose text contains it (case aside). */
const phrase = (token: string) => `"${token.replaceAll('"', '""')}"`;

/**
 * A condition limiting the deals that can match the text search `q` to those the full-text index
 * names, or undefined when it cannot help (no search, PostgreSQL, only short tokens, or more than
 * {@link SEARCH_IDS_MAX} deals). It is added to the search's own conditions, never in their place.
 */
export const dealSearchNarrowing = oncePerRequest('deals.search', async (q: string | undefined, client: PrismaClient): Promise<Prisma.DealWhereInput | undefined> => {
  if (!q || providerOf(client) !== 'sqlite') return undefined;
  const tokens = searchTokens(q).filter(indexable);
  if (tokens.length === 0) return undefined;
  try {
    const rows = await client.$queryRawUnsafe<Array<{ id: number | bigint }>>(
      'SELECT rowid AS id FROM "DealSearch" WHERE "DealSearch" MATCH ? LIMIT ?',
      tokens.map(phrase).join(' AND '),
      SEARCH_IDS_MAX + 1,
    );
    if (rows.length > SEARCH_IDS_MAX) return undefined;
    return { id: { in: rows.map((r) => Number(r.id)) } };
  } catch (error) {
    // A database without the index (not migrated) still searches, by scanning; say why it is slow.
    console.error('The deals full-text index could not be read; searching without it.', error);
    return undefined;
  }
});

// A token's expansion into whole trigrams is worth it up to this many (a one-letter token has hundreds).
const EXPANSION_MAX = 64;

/**
 * The FTS5 query for one token: a phrase when it is a trigram or longer; a token of one or two
 * characters as the trigrams that start with it, read from the index's vocabulary ("k9" → "k9 " OR
 * "k9a"). Every stored search text ends with a space (lib/search.ts), so a text holds the short token
 * exactly when it holds one of those trigrams. Undefined when the expansion is too large to help.
 */
async function tokenQuery(token: string, client: PrismaClient): Promise<string | undefined> {
  if (indexable(token)) return phrase(token);
  const terms = await client.$queryRaw<Array<{ term: string }>>`SELECT "term" FROM "DealSearchVocab" WHERE "term" >= ${token} AND "term" < ${`${token}\u{10FFFF}`} LIMIT ${EXPANSION_MAX + 1}`;
  if (terms.length > EXPANSION_MAX) return undefined;
  // No trigram starts with it: no deal holds it (an FTS5 query cannot say "nothing", so "0 = 1" says it).
  if (terms.length === 0) return '';
  return `(${terms.map((t) => phrase(t.term)).join(' OR ')})`;
}

/**
 * Which of some search tokens are common words whose deals are listed (prisma/scripts/deal-counts.ts,
 * SQLite): a search for such a token alone is found from its list (32,566 ids of "poland" read in
 * about 3 ms, where the trigram index took 20 ms) and counted from its kept counts (deal-rollup.ts).
 */
export async function keptSearchWords(tokens: readonly string[], client: PrismaClient): Promise<string[]> {
  if (tokens.length === 0) return [];
  const rows = await client.$queryRaw<Array<{ word: string }>>`SELECT "word" FROM "DealSearchWord" WHERE "word" IN (${Prisma.join(tokens)})`;
  return rows.map((r) => r.word);
}

/**
 * The text search `q` as one SQL condition on "Deal" for SQLite (`inOrder`: for a page of many matches): the deals the full-text index names
 * for every token, joined in the statement itself (no list of ids passes through the client, and no
 * deal's text is read). A token the index cannot serve is matched against the text, as `contains`
 * does. Undefined when there is no search.
 */
export const dealSearchSql = oncePerRequest('deals.search.sql', async (q: string | undefined, client: PrismaClient, inOrder = false): Promise<Prisma.Sql | undefined> => {
  const tokens = q ? searchTokens(q) : [];
  if (tokens.length === 0) return undefined;
  const indexed: string[] = [];
  const scanned: string[] = [];
  const listed: string[] = [];
  try {
    // Several tokens are found together by the trigram index (it intersects its lists: "hanbit marine"
    // in 5 ms, where intersecting the two words' own lists of 8,000 and 23,000 deals took 12).
    const kept = new Set(tokens.length === 1 ? await keptSearchWords(tokens, client) : []);
    for (const token of tokens) {
      if (kept.has(token)) {
        listed.push(token);
        continue;
      }
      const query = await tokenQuery(token, client);
      if (query === '') return Prisma.sql`0 = 1`;
      if (query === undefined) scanned.push(token);
      else indexed.push(query);
    }
  } catch (error) {
    // A database without the index (not migrated) still searches, by scanning; say why it is slow.
    console.error('The deals full-text index could not be read; searching without it.', error);
    return Prisma.join(tokens.map((t) => Prisma.sql`instr("Deal"."searchText", ${t}) > 0`), ' AND ');
  }
  const parts = scanned.map((t) => Prisma.sql`instr("Deal"."searchText", ${t}) > 0`);
  // `+"id"`: the matches are tested while an order's index is walked, rather than each looked up and then sorted.
  const id = Prisma.raw(inOrder ? '+"Deal"."id"' : '"Deal"."id"');
  if (indexed.length) parts.unshift(Prisma.sql`${id} IN (SELECT rowid FROM "DealSearch" WHERE "DealSearch" MATCH ${indexed.join(' AND ')})`);
  for (const word of listed) parts.unshift(Prisma.sql`${id} IN (SELECT "dealId" FROM "DealWordMember" WHERE "word" = ${word})`);
  return Prisma.join(parts, ' AND ');
});

/**
 * The text search `q` as one SQL condition on "Deal" for PostgreSQL: each token `LIKE '%token%'` on
 * the search text, as Prisma's `contains` writes it (a token holds only letters and digits, so
 * nothing in it is a wildcard); the trigram index (pg_trgm GIN) serves every token of three or more
 * characters. Undefined when there is no search.
 */
export function dealSearchLike(q: string | undefined): Prisma.Sql | undefined {
  const tokens = q ? searchTokens(q) : [];
  if (tokens.length === 0) return undefined;
  return Prisma.join(tokens.map((t) => Prisma.sql`"Deal"."searchText" LIKE ${`%${t}%`}`), ' AND ');
}
