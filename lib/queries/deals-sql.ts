// The deals list's reads written as SQL for SQLite (issue 18): the same where-clause, counts and order
// as the Prisma queries in lib/queries/deals.ts and lib/lists/deal-facets.ts, which PostgreSQL keeps for
// its remaining facet counts. SQLite gets them written out because what Prisma writes there is slow at
// 100,000 deals: the text search cannot join the full-text index, an organisation filter becomes an
// EXISTS tested on every deal, and "NULLs last" becomes a CASE that hides the order's column from the
// planner. PostgreSQL reads from here too the kept counts, a page's ids and a costly view's one statement.
// Every value is a bound parameter (Prisma.sql); only fixed column names are written into the SQL.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { DealSort } from '@/lib/filters/deals';
import { providerOf } from './deals-search';

/** The columns a facet or the totals group by. */
export type DealColumn = 'partnerCountryCode' | 'system' | 'domain' | 'cooperationType' | 'stage' | 'year' | 'localisation' | 'technologyTransfer' | 'valueCurrency';
type Value = string | number | boolean | null;

/** Whether a client's deal reads go through the SQL of this file. */
export const readsDealsAsSql = (client: PrismaClient) => providerOf(client) === 'sqlite';

/**
 * Whether a client's database keeps the live deals counted per facet value and per organisation
 * (triggers: prisma/scripts/deal-counts.ts on SQLite, deal-counts-postgres.ts on PostgreSQL), which
 * {@link keptDealCounts} and {@link keptLinkCounts} read.
 */
export const keepsDealCounts = (client: PrismaClient) => ['sqlite', 'postgresql'].includes(providerOf(client) ?? '');

const flagColumns = new Set<DealColumn>(['localisation', 'technologyTransfer']);
export const dealColumn = (name: DealColumn | 'id') => Prisma.raw(`"${name}"`);
/**
 * A column of "Deal" in a view's conditions, named with its table: the partner order joins
 * "Country" (dealPageIds), and a column Country gained later must not make a condition ambiguous.
 */
export const dealField = (name: DealColumn | 'id' | 'retiredAt' | 'searchText') => Prisma.raw(`"Deal"."${name}"`);

/** A value as the Prisma query gives it: SQLite keeps a flag as 0 or 1, and numbers may come as bigint or text. */
function valueOf(column: DealColumn, v: unknown): Value {
  if (v === null || v === undefined) return null;
  // PostgreSQL writes a flag cast to text as 'true' or 'false'.
  if (flagColumns.has(column)) return v === true || v === 'true' || Number(v) === 1;
  if (column === 'year') return Number(v);
  return typeof v === 'bigint' ? Number(v) : (v as string | number);
}

export type DealGroup<C extends DealColumn> = { [K in C]: Value } & { count: number };

/**
 * A column to group by. Every live deal (`allLive`) is grouped in the order of an index that starts
 * with the column (migration deal_view_indexes: 7 ms instead of 25 for 100,000 deals). A view with
 * filters is written `+"column"`, which tells SQLite not to read it in that index's order: it would,
 * and then read every deal's row to test the filters (300 ms), where Deal_facets_idx holds them all.
 */
const groupColumn = (c: DealColumn, allLive: boolean) => (allLive ? dealColumn(c) : Prisma.raw(`+"${c}"`));

/** The view's deals (`where`) counted per combination of `by`'s values; `allLive` when the view is every live deal. */
export async function dealGroups<C extends DealColumn>(client: PrismaClient, where: Prisma.Sql, by: readonly C[], allLive = false): Promise<DealGroup<C>[]> {
  const selected = Prisma.join(by.map((c) => Prisma.sql`${groupColumn(c, allLive)} AS ${dealColumn(c)}`));
  const grouped = Prisma.join(by.map((c) => groupColumn(c, allLive)));
  const rows = await client.$queryRaw<Array<Record<string, unknown>>>`SELECT ${selected}, COUNT(*) AS "count" FROM "Deal" WHERE ${where} GROUP BY ${grouped}`;
  return rows.map((row) => {
    const group = { count: Number(row.count) } as DealGroup<C>;
    for (const c of by) (group as Record<string, Value>)[c] = valueOf(c, row[c]);
    return group;
  });
}

/**
 * A view whose counts are kept (prisma/scripts/deal-counts.ts): every live deal (`{}`), or the live
 * deals with one of some values in one column (`match` tests the kept text "value", e.g. `"value" IN (…)`).
 */
export type KeptScope = { column?: DealColumn; match?: Prisma.Sql };

// The kept rows of a view counted by `by` ('' for the view in all), as (value, count).
function keptRows(scope: KeptScope, by: DealColumn | '') {
  if (!scope.column || !scope.match) {
    return by === ''
      ? Prisma.sql`SELECT '' AS "value", "count" FROM "DealFacetCount" WHERE "column" = 'all'`
      : Prisma.sql`SELECT "value", "count" FROM "DealFacetCount" WHERE "column" = ${by} AND "column2" = '' AND "count" > 0`;
  }
  return Prisma.sql`SELECT "value2" AS "value", SUM("count") AS "count" FROM "DealFacetCount"
    WHERE "column" = ${scope.column} AND ${scope.match} AND "column2" = ${by} GROUP BY "value2" HAVING SUM("count") > 0`;
}

/**
 * A view counted by one column (or in all, `by` '') from the counts that triggers on "Deal" keep
 * exact as deals are written: a few rows, where grouping an index read up to 100,000 entries
 * (5 to 30 ms) for each facet of the unfiltered list or of a list filtered by one facet.
 */
export async function keptDealCounts(client: PrismaClient, scope: KeptScope, by: DealColumn | ''): Promise<Array<{ value: Value; count: number }>> {
  const rows = await client.$queryRaw<Array<{ value: string; count: number | bigint }>>`${keptRows(scope, by)}`;
  return rows.map((r) => ({ value: by === '' ? null : valueOf(by, r.value), count: Number(r.count) }));
}

/**
 * The links per organisation of the live deals of a kept view ({@link KeptScope}), from the link
 * counts that triggers on "Deal" and "DealOrganisation" keep exact (prisma/scripts/deal-counts.ts):
 * a few hundred rows, where counting the links of the view's deals probed the links of each
 * (country=PL, 32,566 deals: 31 ms).
 */
export async function keptLinkCounts(client: PrismaClient, scope: KeptScope): Promise<Map<number, number>> {
  const rows =
    scope.column && scope.match
      ? await client.$queryRaw<Array<{ organisationId: number | bigint; count: number | bigint }>>`
          SELECT "organisationId", SUM("count") AS "count" FROM "DealLinkCount" WHERE "column" = ${scope.column} AND ${scope.match} GROUP BY "organisationId"`
      : await client.$queryRaw<Array<{ organisationId: number | bigint; count: number | bigint }>>`SELECT "organisationId", "count" FROM "DealLinkCount" WHERE "column" = 'all'`;
  return new Map(rows.flatMap((r) => (Number(r.count) > 0 ? [[Number(r.organisationId), Number(r.count)] as const] : [])));
}

/** Every live deal counted per pair of values of two columns (kept by triggers, like {@link keptDealCounts}); a deal with either value missing is not counted. */
export async function keptPairCounts(client: PrismaClient, column: DealColumn, column2: DealColumn) {
  const rows = await client.$queryRaw<Array<{ value: string; value2: string; count: number | bigint }>>`
    SELECT "value", "value2", "count" FROM "DealFacetCount" WHERE "column" = ${column} AND "column2" = ${column2} AND "count" > 0`;
  return rows.map((r) => ({ value: valueOf(column, r.value), value2: valueOf(column2, r.value2), count: Number(r.count) }));
}

/** The view's deals per partner country, with the country's names (one statement); from the kept counts when `kept` is given. */
export async function dealCountryCounts(client: PrismaClient, where: Prisma.Sql, kept?: KeptScope) {
  const code = groupColumn('partnerCountryCode', false);
  const counted = kept
    ? Prisma.sql`SELECT "value" AS "code", "count" FROM (${keptRows(kept, 'partnerCountryCode')}) AS "kept"`
    : Prisma.sql`SELECT ${code} AS "code", COUNT(*) AS "count" FROM "Deal" WHERE ${where} GROUP BY ${code}`;
  const rows = await client.$queryRaw<Array<{ code: string; name: string; nameKo: string | null; count: number | bigint }>>`
    SELECT "Country"."code", "Country"."name", "Country"."nameKo", "counted"."count" FROM "Country"
    JOIN (${counted}) AS "counted" ON "counted"."code" = "Country"."code"`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** How many deals the view has. */
export async function dealCountSql(client: PrismaClient, where: Prisma.Sql): Promise<number> {
  const [row] = await client.$queryRaw<Array<{ count: number | bigint }>>`SELECT COUNT(*) AS "count" FROM "Deal" WHERE ${where}`;
  return Number(row?.count ?? 0);
}

/**
 * Stated values per currency: their sum and count, and each currency's deals (with or without a
 * value). `inIndexOrder` groups in the order of Deal_list_value_idx, for every live deal, or a view
 * whose conditions are written not to use another index (dealWhereSql's `inOrder`).
 */
export async function dealValueGroups(client: PrismaClient, where: Prisma.Sql, inIndexOrder = false) {
  const currency = groupColumn('valueCurrency', inIndexOrder);
  const rows = await client.$queryRaw<Array<{ currency: string | null; amount: number | null; valued: number | bigint; deals: number | bigint }>>`
    SELECT ${currency} AS "currency", SUM("valueAmount") AS "amount", COUNT("valueAmount") AS "valued", COUNT(*) AS "deals"
    FROM "Deal" WHERE ${where} GROUP BY ${currency} ORDER BY ${currency}`;
  return rows.map((r) => ({ currency: r.currency, amount: r.amount === null ? null : Number(r.amount), valued: Number(r.valued), deals: Number(r.deals) }));
}

/** A view whose stated values are summed by triggers (prisma/scripts/deal-counts.ts): a kept view ({@link KeptScope}), or a kept search word alone. */
export type SumScope = KeptScope | { word: string };
export type ValueGroup = { currency: string | null; amount: number | null; valued: number; deals: number };
type KeptSum = { currency: string; value: string; deals: number; valued: number; amount: bigint };

/**
 * The kept sums of a view's stated values, per (value of `column`, currency), or undefined when they
 * cannot be taken as they are: a sum that is not exact (an amount not a whole number, or past 64
 * bits), or sums whose deals do not add up to the view's kept count (not filled yet). `column`: the
 * sums of every live deal per value of that column, one value per deal (the partner country, for the
 * charts); a view of that column's values reads its own rows.
 */
export async function keptSums(client: PrismaClient, scope: SumScope, column?: DealColumn): Promise<KeptSum[] | undefined> {
  const rowsOf =
    'word' in scope
      ? Prisma.sql`"column" = 'word' AND "value" = ${scope.word}`
      : scope.column && scope.match
        ? Prisma.sql`"column" = ${scope.column} AND ${scope.match}`
        : column
          ? Prisma.sql`"column" = ${column}`
          : Prisma.sql`"column" = 'all'`;
  const counted =
    'word' in scope
      ? Prisma.sql`SELECT "count" FROM "DealWordCount" WHERE "word" = ${scope.word} AND "column" = 'all'`
      : Prisma.sql`SELECT "count" FROM (${keptRows(scope, '')}) AS "kept"`;
  // The view's kept count first, then its sums, in one statement.
  const rows = await client.$queryRaw<Array<{ kind: string; currency: string; value: string; deals: number | bigint; valued: number | bigint; amount: string; exact: number | bigint | boolean }>>`
    SELECT 'count' AS "kind", '' AS "currency", '' AS "value", "count" AS "deals", 0 AS "valued", '0' AS "amount", 1 AS "exact" FROM (${counted}) AS "counted"
    UNION ALL SELECT 'sum', "currency", "value", "deals", "valued", CAST("amount" AS TEXT), "inexact" = 0 AND typeof("amount") = 'integer'
    FROM "DealValueSum" WHERE ${rowsOf} AND "deals" <> 0`;
  if (rows.some((r) => !Number(r.exact))) return undefined;
  const count = rows.filter((r) => r.kind === 'count').reduce((n, r) => n + Number(r.deals), 0);
  const sums = rows.flatMap((r) => (r.kind === 'sum' ? [{ currency: r.currency, value: r.value, deals: Number(r.deals), valued: Number(r.valued), amount: BigInt(r.amount) }] : []));
  return sums.reduce((n, s) => n + s.deals, 0) === count ? sums : undefined;
}

/**
 * {@link dealValueGroups} from the sums that triggers keep (prisma/scripts/deal-counts.ts): a few rows,
 * where summing walked every deal of the view (transfer=no at a million deals: 330 ms). Undefined when
 * the kept sums cannot be taken as they are ({@link keptSums}): the caller sums the deals.
 */
export async function keptValueGroups(client: PrismaClient, scope: SumScope): Promise<ValueGroup[] | undefined> {
  const sums = await keptSums(client, scope);
  if (!sums) return undefined;
  const byCurrency = new Map<string, { deals: number; valued: number; amount: bigint }>();
  for (const s of sums) {
    const group = byCurrency.get(s.currency) ?? byCurrency.set(s.currency, { deals: 0, valued: 0, amount: 0n }).get(s.currency)!;
    [group.deals, group.valued, group.amount] = [group.deals + s.deals, group.valued + s.valued, group.amount + s.amount];
  }
  // In dealValueGroups' order: the deals with no currency first, then by currency.
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, g]) => ({ currency: currency === '' ? null : currency, amount: g.valued > 0 ? Number(g.amount) : null, valued: g.valued, deals: g.deals }));
}

/**
 * {@link dealValueByCountrySql} from the kept sums, for every live deal or a view of some partner
 * countries; undefined for another view, or when the kept sums cannot be taken as they are.
 */
export async function keptValueByCountry(client: PrismaClient, scope: KeptScope) {
  if (scope.column && scope.column !== 'partnerCountryCode') return undefined;
  const sums = await keptSums(client, scope, 'partnerCountryCode');
  return sums?.flatMap((s) => (s.currency !== '' && s.valued > 0 ? [{ currency: s.currency, country: s.value, amount: Number(s.amount), deals: s.valued }] : []));
}

/**
 * Stated values per currency and partner country (deals with no value left out), for the view's
 * charts: grouped from Deal_facets_idx, which holds the country, the currency and the amount.
 * Prisma's groupBy read Deal_list_value_idx and each valued deal's row for its country (124 ms for
 * every live deal at 100,000, against about 20). `whereInOrder`: the view as dealWhereSql writes it.
 */
export async function dealValueByCountrySql(client: PrismaClient, where: Prisma.Sql) {
  const rows = await client.$queryRaw<Array<{ currency: string; country: string; amount: number | null; deals: number | bigint }>>`
    SELECT "valueCurrency" AS "currency", "partnerCountryCode" AS "country", SUM("valueAmount") AS "amount", COUNT(*) AS "deals" FROM "Deal"
    WHERE ${where} AND +"valueAmount" IS NOT NULL AND +"valueCurrency" IS NOT NULL GROUP BY "partnerCountryCode", "valueCurrency"`;
  return rows.map((r) => ({ currency: r.currency, country: r.country, amount: r.amount === null ? 0 : Number(r.amount), deals: Number(r.deals) }));
}

/** How many links each organisation has among the view's deals. */
export async function dealLinksPerOrganisation(client: PrismaClient, where: Prisma.Sql): Promise<Map<number, number>> {
  const rows = await client.$queryRaw<Array<{ organisationId: number | bigint; count: number | bigint }>>`
    SELECT "organisationId", COUNT(*) AS "count" FROM "DealOrganisation" WHERE "dealId" IN (SELECT "id" FROM "Deal" WHERE ${where}) GROUP BY "organisationId"`;
  return new Map(rows.map((r) => [Number(r.organisationId), Number(r.count)]));
}

/**
 * The order of {@link dealOrderBy} in SQL: each ends in the unique id, undated deals and deals with no
 * stage or value come last both ways. SQLite puts NULLs first in an ascending order, last in a
 * descending one, so "NULLS LAST" is said where it matters.
 */
export function dealOrderSql(sort: DealSort): Prisma.Sql {
  const dir = sort.startsWith('-') ? 'DESC' : 'ASC';
  const tail = '"title" ASC, "id" ASC';
  switch (sort.replace(/^-/, '')) {
    case 'title':
      return Prisma.raw(`"title" ${dir}, "id" ASC`);
    case 'value':
      return Prisma.raw(`"valueCurrency" ASC NULLS LAST, "valueAmount" ${dir} NULLS LAST, ${tail}`);
    case 'partner':
      // The country joined in dealPageIds.
      return Prisma.raw(`"Country"."name" ${dir}, "Deal"."title" ASC, "Deal"."id" ASC`);
    case 'stage':
      return Prisma.raw(`"stage" ${dir} NULLS LAST, ${tail}`);
    case 'system':
      return Prisma.raw(`"system" ${dir}, ${tail}`);
    case 'type':
      return Prisma.raw(`"cooperationType" ${dir}, ${tail}`);
    default:
      return Prisma.raw(`"date" ${dir} NULLS LAST, ${tail}`);
  }
}

/**
 * The ids of one page of the view, in its order. In the partner's order the countries are read by
 * name (Country_name_code_idx) and each one's deals by title (Deal_list_partner_idx), so a page is
 * found without sorting the view (sorted, 100,000 deals took 60 ms for the first page). Every deal
 * has a partner country, so the join keeps them all; the view's conditions name no column of Country.
 */
export async function dealPageIds(client: PrismaClient, where: Prisma.Sql, sort: DealSort, skip: number, take: number): Promise<number[]> {
  const from = sort.endsWith('partner') ? Prisma.sql`"Country" JOIN "Deal" ON "Deal"."partnerCountryCode" = "Country"."code"` : Prisma.sql`"Deal"`;
  const rows = await client.$queryRaw<Array<{ id: number | bigint }>>`SELECT "Deal"."id" AS "id" FROM ${from} WHERE ${where} ORDER BY ${dealOrderSql(sort)} LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => Number(r.id));
}

/**
 * The view's deals counted by each of `columns` on its own, and in all, with their stated values per
 * currency and their links per organisation, in one statement: the view is found once (a search's
 * full-text match and its rows read once) into a temporary table, which each count then reads.
 * Grouping by every column together instead gave one group per combination, 21,000 for the 32,000
 * deals that mention Poland, each carried back to the client.
 */
export async function dealColumnCounts<C extends DealColumn>(client: PrismaClient, where: Prisma.Sql, columns: readonly C[], { valueByCountry = false } = {}) {
  // Every value as text: Prisma reads a column of mixed types (codes, years, flags) by its first value's
  // type. Each part names itself with a literal, not a bound value, whose type PostgreSQL could not tell.
  const perColumn = columns.map((c) => Prisma.sql`SELECT ${Prisma.raw(`'${c}'`)}, CAST(${dealColumn(c)} AS TEXT), COUNT(*), NULL, NULL, NULL FROM "view" GROUP BY ${dealColumn(c)}`);
  // With `valueByCountry`, also the charts' stated values per currency and country (dealValueByCountry), from the same deals.
  const byCountry = valueByCountry
    ? Prisma.sql`UNION ALL SELECT 'valueByCountry', "valueCurrency", COUNT(*), SUM("valueAmount"), NULL, "partnerCountryCode" FROM "view" WHERE "valueAmount" IS NOT NULL AND "valueCurrency" IS NOT NULL GROUP BY "valueCurrency", "partnerCountryCode"`
    : Prisma.empty;
  const rows = await client.$queryRaw<Array<{ column: string; value: unknown; count: number | bigint; amount: number | null; valued: number | bigint | null; country: string | null }>>`
    WITH "view" AS MATERIALIZED (SELECT "id", ${Prisma.join([...new Set([...columns, 'partnerCountryCode' as const])].map((c) => dealColumn(c)))}, "valueCurrency", "valueAmount" FROM "Deal" WHERE ${where})
    SELECT 'all' AS "column", NULL AS "value", COUNT(*) AS "count", NULL AS "amount", NULL AS "valued", NULL AS "country" FROM "view"
    UNION ALL SELECT 'valueCurrency', "valueCurrency", COUNT(*), SUM("valueAmount"), COUNT("valueAmount"), NULL FROM "view" GROUP BY "valueCurrency"
    UNION ALL SELECT 'organisationId', CAST("organisationId" AS TEXT), COUNT(*), NULL, NULL, NULL FROM "DealOrganisation" WHERE "dealId" IN (SELECT "id" FROM "view") GROUP BY "organisationId"
    ${byCountry}
    UNION ALL ${Prisma.join(perColumn, ' UNION ALL ')}`;
  const counts = new Map<C, Array<{ value: Value; count: number }>>(columns.map((c) => [c, []]));
  const values: Array<{ currency: string | null; amount: number | null; valued: number; deals: number }> = [];
  const byCountryRows: Array<{ currency: string; country: string; amount: number; deals: number }> = [];
  const links = new Map<number, number>();
  let total = 0;
  for (const row of rows) {
    if (row.column === 'all') total = Number(row.count);
    else if (row.column === 'valueCurrency')
      values.push({ currency: row.value as string | null, amount: row.amount === null ? null : Number(row.amount), valued: Number(row.valued), deals: Number(row.count) });
    else if (row.column === 'valueByCountry') byCountryRows.push({ currency: row.value as string, country: row.country as string, amount: row.amount === null ? 0 : Number(row.amount), deals: Number(row.count) });
    else if (row.column === 'organisationId') links.set(Number(row.value), Number(row.count));
    else counts.get(row.column as C)?.push({ value: valueOf(row.column as C, row.value), count: Number(row.count) });
  }
  values.sort((a, b) => (a.currency === null ? -1 : b.currency === null ? 1 : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return { total, counts, values, links, ...(valueByCountry ? { valueByCountry: byCountryRows } : {}) };
}

/**
 * {@link dealColumnCounts} for a search for one common word alone (`word`, kept by triggers, see
 * prisma/scripts/deal-counts.ts): its deals counted in all, per value of each column and per
 * organisation read from a few hundred kept rows, and its stated values from their kept sums
 * ({@link keptValueGroups}; when those are not exact, summed from the deals of `whereInOrder`, the
 * view as dealWhereSql writes it with `inOrder`). "poland", 32,566 deals: 130 ms for the one-pass
 * count, against a few milliseconds.
 */
export async function keptWordCounts<C extends DealColumn>(client: PrismaClient, word: string, whereInOrder: Prisma.Sql, columns: readonly C[]) {
  const [rows, values] = await Promise.all([
    client.$queryRaw<Array<{ column: string; value: string; count: number | bigint }>>`SELECT "column", "value", "count" FROM "DealWordCount" WHERE "word" = ${word} AND "count" > 0`,
    // Kept too; else summed walking the value order's index, its entries tested against the word's
    // list: the currencies come grouped, and no deal's row is read (32,566 rows looked up and sorted: twice as long).
    keptValueGroups(client, { word }).then((kept) => kept ?? dealValueGroups(client, whereInOrder, true)),
  ]);
  const counts = new Map<C, Array<{ value: Value; count: number }>>(columns.map((c) => [c, []]));
  const links = new Map<number, number>();
  let total = 0;
  for (const row of rows) {
    if (row.column === 'all') total = Number(row.count);
    else if (row.column === 'organisationId') links.set(Number(row.value), Number(row.count));
    else counts.get(row.column as C)?.push({ value: valueOf(row.column as C, row.value), count: Number(row.count) });
  }
  return { total, counts, values, links };
}
