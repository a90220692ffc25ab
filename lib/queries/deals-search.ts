// The deals' text search, narrowed by the database's full-text index (issue 18). The search itself
// stays what it was, every token `contains`-matched against Deal.searchText (lib/search.ts), so the
// results are the same on SQLite and PostgreSQL; the index only says where to look:
// - SQLite: the FTS5 table "DealSearch" (trigram tokenizer, migration 20261204190000_deal_search)
//   gives the deals holding every token of three or more characters; when they are few, the view is
//   limited to them and each statement reads those rows instead of scanning every deal.
// - PostgreSQL: a pg_trgm GIN index serves the `LIKE '%token%'` of `contains` itself; nothing to add.
import { oncePerRequest } from '@/lib/cache/per-request';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
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
