// Reads for the deals explorer: the filtered, sorted page, facet counts and per-currency totals.
// Everything is computed in the database (where, groupBy, count), so it stays fast at 100k deals.
import { oncePerRequest } from '@/lib/cache/per-request';
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { DEALS_PER_PAGE, type DealFilters, type DealSort } from '@/lib/filters/deals';
import { type DealFacetKey, dealFacetList, dealWhereFor, dealWhereSql, dealYears, keptScope, viewIsAllLive } from '@/lib/lists/deal-facets';
import { dealRollup, rollupPays } from '@/lib/lists/deal-rollup';
import { providerOf } from './deals-search';
import { dealCountSql, dealPageIds, dealValueGroups, keepsDealCounts, keptDealCounts, keptValueGroups, readsDealsAsSql } from './deals-sql';

export { providerOf } from './deals-search';
import type { FacetCount } from '@/lib/lists/facets';
import { claimsInclude } from '@/lib/records/claims';

const nullsLast = (sort: Prisma.SortOrder) => ({ sort, nulls: 'last' as const });

/**
 * Sort orders, each ending in a unique key so that pages never overlap. Undated deals always come
 * last. SQLite puts NULLs last in a descending order by itself, so there the default order (newest
 * first) is asked for plainly and read straight from Deal_list_date_idx: spelled "NULLs last",
 * Prisma writes a CASE expression no index can serve, and 100,000 deals were sorted on every
 * unfiltered /deals (160 ms, against 0.3 ms). Elsewhere, or when the database is not known, the
 * order says "NULLs last" in words.
 */
export function dealOrderBy(sort: DealSort, provider?: string): Prisma.DealOrderByWithRelationInput[] {
  const dir: Prisma.SortOrder = sort.startsWith('-') ? 'desc' : 'asc';
  const tail: Prisma.DealOrderByWithRelationInput[] = [{ title: 'asc' }, { id: 'asc' }];
  switch (sort.replace(/^-/, '')) {
    case 'title':
      return [{ title: dir }, { id: 'asc' }];
    // Amounts in different currencies are never compared: values sort within their currency.
    case 'value':
      return [{ valueCurrency: nullsLast('asc') }, { valueAmount: nullsLast(dir) }, ...tail];
    case 'partner':
      return [{ partnerCountry: { name: dir } }, ...tail];
    case 'stage':
      // A deal no source gives a stage comes last both ways, on SQLite and PostgreSQL alike.
      return [{ stage: nullsLast(dir) }, ...tail];
    case 'system':
      return [{ system: dir }, ...tail];
    case 'type':
      return [{ cooperationType: dir }, ...tail];
    default:
      return [{ date: dir === 'desc' && provider === 'sqlite' ? 'desc' : nullsLast(dir) }, ...tail];
  }
}

export const dealListInclude = {
  partnerCountry: true,
  valueSource: { select: { slug: true } },
  organisations: { include: { organisation: { select: { slug: true, name: true, nameKo: true } } }, orderBy: { organisationId: 'asc' } },
} satisfies Prisma.DealInclude;

export type DealRow = Prisma.DealGetPayload<{ include: typeof dealListInclude }>;

/** How many deals a view has: counted once per request, whoever asks (the list, the totals, the metadata). */
export const countDeals = (f: DealFilters, client: PrismaClient = db): Promise<number> => countOf(dealDataView(f), client);

const countOf = cachedRead(
  'deals.count',
  ['register'],
  oncePerRequest('deals.count', async (f: DealFilters, client: PrismaClient) =>
    // A costly view is read once for its facets and its count together (see rollupPays).
    rollupPays(f)
      ? (await dealRollup(f, client)).total
      : await countKeptOrCounted(f, client),
  ),
);

// From this many deals in a view, a page walks its order's index (a search: 3 ms for 4,000 matches of
// 100,000 deals, 22 ms for 32,000, against 11 and 43 ms looking each up and sorting them); below, the
// few deals are looked up and sorted (a walk would read the whole index for five).
export const WALK_MIN = 1000;

/** A view's count: from the kept counts where they serve it, else counted (in SQL on SQLite). */
async function countKeptOrCounted(f: DealFilters, client: PrismaClient): Promise<number> {
  const kept = keepsDealCounts(client) ? keptScope(f) : undefined;
  if (kept) return (await keptDealCounts(client, kept, '')).reduce((n, g) => n + g.count, 0);
  if (readsDealsAsSql(client)) return dealCountSql(client, await dealWhereSql(f, client));
  return client.deal.count({ where: await dealWhereFor(f, client) });
}

export const listDeals = cachedRead('deals.list', ['register'], async (f: DealFilters, client: PrismaClient = db) => {
  const total = await countDeals(f, client);
  const pageCount = Math.max(1, Math.ceil(total / DEALS_PER_PAGE));
  const page = Math.min(f.page, pageCount);
  // PostgreSQL too: the partner's order joins the countries by name, then each one's deals by title (an
  // incremental sort: page 1 0.8 ms, where Prisma's query sorted all 100,000 live deals).
  if (readsDealsAsSql(client) || providerOf(client) === 'postgresql') {
    // Among a thousand deals or more, a page is found soonest by walking its order's index.
    const where = await dealWhereSql(f, client, null, total >= WALK_MIN);
    const ids = await dealPageIds(client, where, f.sort, (page - 1) * DEALS_PER_PAGE, DEALS_PER_PAGE);
    return { rows: await dealRows(ids, client), total, page, pageCount };
  }
  const where = await dealWhereFor(f, client);
  const orderBy = dealOrderBy(f.sort, providerOf(client));
  const skip = (page - 1) * DEALS_PER_PAGE;
  if (skip === 0) return { rows: await client.deal.findMany({ where, orderBy, include: dealListInclude, take: DEALS_PER_PAGE }), total, page, pageCount };
  return { rows: await dealPage(where, orderBy, skip, client), total, page, pageCount };
});

/**
 * A page past the first: its ids in the view's order first, then those rows. The database then sorts
 * and skips ids with their sort keys, not whole deal rows (about 2.3 kB each): page 2,000 of 100,000
 * deals by value took 6.5 s, by partner 10 s, sorting 50,000 full rows to throw 49,975 away.
 */
async function dealPage(where: Prisma.DealWhereInput, orderBy: Prisma.DealOrderByWithRelationInput[], skip: number, client: PrismaClient): Promise<DealRow[]> {
  return dealRows((await client.deal.findMany({ where, orderBy, select: { id: true }, skip, take: DEALS_PER_PAGE })).map((d) => d.id), client);
}

/** The rows of some deals, in the order of their ids. */
async function dealRows(ids: number[], client: PrismaClient): Promise<DealRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await client.deal.findMany({ where: { id: { in: ids } }, include: dealListInclude })).map((d) => [d.id, d]));
  // A deal deleted between the two reads is left out rather than failing the page.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const dealExportInclude = {
  ...dealListInclude,
  sources: { select: { slug: true }, orderBy: { id: 'asc' } },
  // As the editor reads them (lib/records/deal.ts), so that an export imported again changes nothing.
  events: { include: { source: { select: { slug: true } } }, orderBy: { id: 'asc' } },
  instruments: { select: { code: true } },
  recommendations: { select: { number: true } },
  claims: claimsInclude,
} satisfies Prisma.DealInclude;
export type DealExportRow = Prisma.DealGetPayload<{ include: typeof dealExportInclude; omit: { searchText: true } }>;

// The ids one relation lookup binds: Prisma refuses a query over its bind limit (P2029), which a
// batch of 2,000 deals' organisations and sources already passed.
export const EXPORT_BATCH = 500;

/** How many linked deals an instrument's or a recommendation's page lists; the rest are counted. */
export const LINKED_DEALS_SHOWN = 50;

/**
 * How many live deals are linked to an instrument or a recommendation (`id`), counted from its links.
 * Prisma's `_count` of a filtered relation grouped every live deal's links to every record, then
 * kept the one: 935 ms at a million deals for one recommendation, against 43,000 links read here.
 * The link tables are Prisma's own (column A is the deal's id, B the other record's, on both databases).
 */
export async function countLiveLinkedDeals(client: PrismaClient, link: 'instruments' | 'recommendations', id: number): Promise<number> {
  const table = Prisma.raw(link === 'instruments' ? '"_DealToInstrument"' : '"_DealToRecommendation"');
  const [row] = await client.$queryRaw<Array<{ count: number | bigint }>>`
    SELECT COUNT(*) AS "count" FROM ${table} AS "l" JOIN "Deal" ON "Deal"."id" = "l"."A" WHERE "l"."B" = ${id} AND "Deal"."retiredAt" IS NULL`;
  return Number(row?.count ?? 0);
}

/**
 * Every row of a view, in the view's order, across all its pages (for exports). The where clause
 * and the order are the page's own, so an export can never drift from what the page shows. The
 * order is read once, as ids only; the rows follow in batches of ids, each put back in that order
 * (paging with OFFSET instead re-sorted the whole view for every batch: 45 s for 32,000 of 100,000).
 * The batches are read only as they are consumed, so a streamed export holds one batch at a time.
 * Countries and value sources are few: they are read once, not joined again for every batch.
 */
export async function dealExportBatches(f: DealFilters, client: PrismaClient = db, batchSize = EXPORT_BATCH) {
  const ids = (await client.deal.findMany({ where: await dealWhereFor(f, client), orderBy: dealOrderBy(f.sort, providerOf(client)), select: { id: true } })).map((d) => d.id);
  async function* batches(): AsyncGenerator<DealExportRow[]> {
    if (ids.length === 0) return;
    const [countries, valueSources] = await Promise.all([
      client.country.findMany().then((list) => new Map(list.map((c) => [c.code, c]))),
      client.source.findMany({ where: { dealValues: { some: {} } }, select: { id: true, slug: true } }).then((list) => new Map(list.map((s) => [s.id, { slug: s.slug }]))),
    ]);
    for (let at = 0; at < ids.length; at += batchSize) {
      const chunk = ids.slice(at, at + batchSize);
      const found = await client.deal.findMany({ where: { id: { in: chunk } }, omit: { searchText: true }, include: { organisations: dealListInclude.organisations, sources: dealExportInclude.sources, events: dealExportInclude.events, instruments: dealExportInclude.instruments, recommendations: dealExportInclude.recommendations, claims: claimsInclude } });
      const byId = new Map(found.map((d) => [d.id, d]));
      const rows: DealExportRow[] = [];
      // A deal deleted between the two reads is left out rather than failing the export.
      for (const id of chunk) {
        const d = byId.get(id);
        if (!d) continue;
        const partnerCountry = countries.get(d.partnerCountryCode) ?? (await client.country.findUniqueOrThrow({ where: { code: d.partnerCountryCode } }));
        const valueSource = d.valueSourceId === null ? null : (valueSources.get(d.valueSourceId) ?? (await client.source.findUniqueOrThrow({ where: { id: d.valueSourceId }, select: { slug: true } })));
        rows.push({ ...d, partnerCountry, valueSource });
      }
      yield rows;
    }
  }
  return { total: ids.length, batches: batches() };
}

/** Every row of a view at once: {@link dealExportBatches}, gathered. */
export async function listAllDeals(f: DealFilters, client: PrismaClient = db, batchSize = EXPORT_BATCH): Promise<DealExportRow[]> {
  const rows: DealExportRow[] = [];
  for await (const batch of (await dealExportBatches(f, client, batchSize)).batches) rows.push(...batch);
  return rows;
}

/**
 * A view's deals as its counts and totals see them, without what only orders, pages or shows them.
 * The list and the charts of one page ask for the facets and totals of the same deals: keyed by
 * this, they are read once per request (with the page cache off, twice before).
 */
export function dealDataView(f: DealFilters): DealFilters {
  return { ...f, sort: '-date', page: 1, view: undefined, measure: undefined, layer: undefined };
}

export const dealTotals = (f: DealFilters, client: PrismaClient = db) => totalsOf(dealDataView(f), client);
export type DealTotals = Awaited<ReturnType<typeof dealTotals>>;

/**
 * Stated value per currency, never summed across currencies, and the deals with none: kept sums
 * where SQLite keeps them, else one pass over the view, grouped by currency, each group counting its
 * deals and its stated values, so that the deals without a value are the difference.
 */
const totalsOf = cachedRead('deals.totals', ['register'], oncePerRequest('deals.totals', async (f: DealFilters, client: PrismaClient) => {
  // A view read in one pass (rollupPays) has its values counted there (SQLite, PostgreSQL).
  const rolled = rollupPays(f) ? (await dealRollup(f, client)).values : undefined;
  if (rolled || readsDealsAsSql(client)) {
    // SQLite keeps the sums of every live deal and of each facet value (lib/queries/deals-sql.ts).
    const scope = rolled ? undefined : keptScope(f);
    const groups = rolled ?? (scope && (await keptValueGroups(client, scope))) ?? (await dealValueGroups(client, await dealWhereSql(f, client), viewIsAllLive(f)));
    return {
      perCurrency: groups.flatMap((g) => (g.currency !== null && g.valued > 0 ? [{ currency: g.currency, amount: g.amount ?? 0, deals: g.valued }] : [])),
      withoutValue: groups.reduce((n, g) => n + g.deals - g.valued, 0),
    };
  }
  const groups = await client.deal.groupBy({
    by: ['valueCurrency'],
    where: await dealWhereFor(f, client),
    _sum: { valueAmount: true },
    _count: { _all: true, valueAmount: true },
    orderBy: { valueCurrency: 'asc' },
  });
  const withoutValue = groups.reduce((n, g) => n + g._count._all - g._count.valueAmount, 0);
  const perCurrency = groups
    .filter((g): g is typeof g & { valueCurrency: string } => g.valueCurrency !== null && g._count.valueAmount > 0)
    .map((g) => ({ currency: g.valueCurrency, amount: g._sum.valueAmount ?? 0, deals: g._count.valueAmount }));
  return { perCurrency, withoutValue };
}));

export type DealFacets = Record<DealFacetKey, FacetCount[]> & { years: FacetCount[] };

/** Counts for each facet value within the view, each facet counted without its own filter (see lib/lists/deal-facets.ts). */
export const dealFacets = (f: DealFilters, client: PrismaClient = db): Promise<DealFacets> => facetsOf(dealDataView(f), client);

const facetsOf = cachedRead(
  'deals.facets',
  ['register'],
  oncePerRequest('deals.facets', async (f: DealFilters, client: PrismaClient): Promise<DealFacets> => {
    const [years, ...counts] = await Promise.all([dealYears.count(f, client), ...dealFacetList.map((facet) => facet.count(f, client))]);
    return { ...(Object.fromEntries(dealFacetList.map((facet, i) => [facet.key, counts[i]])) as Record<DealFacetKey, FacetCount[]>), years };
  }),
);
