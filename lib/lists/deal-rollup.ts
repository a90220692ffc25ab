// A costly /deals view (a text search, an organisation filter) read once for all its counts: its
// facets, its count, its values per currency and its organisations' links (issue 18).
import type { DealFilters } from '@/lib/filters/deals';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { keptSearchWords, providerOf } from '@/lib/queries/deals-search';
import { dealColumnCounts, keptWordCounts, readsDealsAsSql } from '@/lib/queries/deals-sql';
import { searchTokens } from '@/lib/search';
import { type Column, dealWhereFor, dealWhereSql, viewIsAllLive } from './deal-facets';

const rollupColumns = ['partnerCountryCode', 'system', 'domain', 'cooperationType', 'stage', 'year', 'localisation', 'technologyTransfer'] as const satisfies readonly Column[];

/**
 * Whether a view is costly to find once per facet: a text search (the full-text match, then each
 * matching deal's row), an organisation filter (each linked deal's row), and a view asked for ten
 * times (eight facets, the years, the count) pays that ten times. Such a view is read once
 * ({@link dealRollup}): on SQLite and PostgreSQL its deals are found once and each facet's column, the count, the
 * values per currency and the organisations' links are counted from them in the same statement.
 * Other views read a covering index per facet (migration deal_view_indexes), which is cheaper.
 */
export function rollupPays(f: DealFilters): boolean {
  return Boolean(f.q) || f.organisation.length > 0;
}

/** A view counted in one pass; on SQLite and PostgreSQL also its stated values per currency and its links per organisation. */
export type Rollup = {
  total: number;
  counts: Map<Column, Array<{ value: string | number | boolean | null; count: number }>>;
  values?: Array<{ currency: string | null; amount: number | null; valued: number; deals: number }>;
  links?: Map<number, number>;
  /** On PostgreSQL, the stated values per currency and partner country (the charts'). */
  valueByCountry?: Array<{ currency: string; country: string; amount: number; deals: number }>;
};

// A rollup being read, shared by the reads of the same view that start meanwhile (the list's count,
// the facets): one pass over the view, not one each. Nothing is kept once it is read.
const reading = new WeakMap<PrismaClient, Map<string, Promise<Rollup>>>();

/** The view's deals counted by each facet's column, and in all, at once (exact counts, one statement). */
export function dealRollup(f: DealFilters, client: PrismaClient): Promise<Rollup> {
  const key = JSON.stringify({ ...f, sort: undefined, page: undefined });
  const pending = reading.get(client) ?? reading.set(client, new Map()).get(client)!;
  const known = pending.get(key);
  if (known) return known;
  const read = (async () => {
    if (readsDealsAsSql(client)) {
      // A search for one common word and nothing else is counted from that word's kept counts.
      const word = await keptWordView(f, client);
      if (word) return keptWordCounts(client, word, await dealWhereSql(f, client, null, true), rollupColumns);
      return dealColumnCounts(client, await dealWhereSql(f, client), rollupColumns);
    }
    // PostgreSQL: the same one statement, the charts' values per country in it too (each is a pass over the matches).
    if (providerOf(client) === 'postgresql') return dealColumnCounts(client, await dealWhereSql(f, client), rollupColumns, { valueByCountry: true });
    // Elsewhere grouped by every column together, then added up per column.
    const groups = await client.deal.groupBy({ by: [...rollupColumns], where: await dealWhereFor(f, client), _count: { _all: true } });
    const counts: Rollup['counts'] = new Map(rollupColumns.map((c) => [c, []]));
    for (const c of rollupColumns) {
      const sums = new Map<string | number | boolean | null, number>();
      for (const g of groups) sums.set(g[c], (sums.get(g[c]) ?? 0) + g._count._all);
      counts.set(c, [...sums].map(([value, count]) => ({ value, count })));
    }
    return { total: groups.reduce((n, g) => n + g._count._all, 0), counts };
  })().finally(() => pending.delete(key));
  pending.set(key, read);
  return read;
}

/** The word of a view that is a search for one common word whose counts are kept (SQLite), and no filter; else undefined. */
async function keptWordView(f: DealFilters, client: PrismaClient): Promise<string | undefined> {
  const tokens = f.q ? searchTokens(f.q) : [];
  if (tokens.length !== 1 || !viewIsAllLive({ ...f, q: undefined })) return undefined;
  return (await keptSearchWords(tokens, client))[0];
}
