// The deals list's facets and its where-clause: each facet says what it asks of a deal and how its
// values are counted; the where-clause is the text search, then each filter in its URL order.
// Each facet's `count` is one read (a GROUP BY within the view's other filters), to be replaced as a unit.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { type DealFilters, buildDealQuery } from '@/lib/filters/deals';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { dealSearchLike, dealSearchNarrowing, dealSearchSql, providerOf } from '@/lib/queries/deals-search';
import { type DealColumn, type KeptScope, dealCountryCounts, dealField, dealGroups, dealLinksPerOrganisation, keepsDealCounts, keptDealCounts, keptLinkCounts, readsDealsAsSql } from '@/lib/queries/deals-sql';
import { searchTokens } from '@/lib/search';
import { dealRollup, rollupPays } from './deal-rollup';
import { type Facet, type FacetCount, type Removable, facetsFor } from './facets';

type Count = { count(f: DealFilters, client: PrismaClient): Promise<FacetCount[]> };
/** What a filter asks of a deal in SQL (lib/queries/deals-sql.ts), beside its Prisma where-clause: the same test. */
type InSql = { sql(f: DealFilters, column?: ColumnSql, postgres?: boolean): Prisma.Sql | undefined };
/** How a filter names a column in SQL: plainly, or (see dealWhereSql's `inOrder`) so that no index is used to find its values. */
type ColumnSql = (c: DealColumn | 'id') => Prisma.Sql;
export type DealFacet<K extends string = string> = Facet<DealFilters, K, Prisma.DealWhereInput> & Count & InSql;

const deals = facetsFor<DealFilters, Prisma.DealWhereInput>({ path: '/deals', build: buildDealQuery, restart: { page: 1 } });

export type Column = Exclude<DealColumn, 'valueCurrency'>;

const inSql = (column: Column, values: readonly string[], name: ColumnSql = dealField) => (values.length ? Prisma.sql`${name(column)} IN (${Prisma.join(values)})` : undefined);
// SQLite keeps a flag as 1 or 0, PostgreSQL as a boolean; a deal whose source does not say (NULL) matches neither.
const flagSql = (column: Column, flag: 'yes' | 'no' | undefined, name: ColumnSql = dealField, postgres = false) =>
  flag ? Prisma.sql`${name(column)} = ${postgres ? Prisma.raw(flag === 'yes' ? 'TRUE' : 'FALSE') : flag === 'yes' ? 1 : 0}` : undefined;

const facetValue = (v: string | number | boolean) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/** How many deals of the view, without the filter `omit`, have each value of `by`. */
async function countBy(f: DealFilters, client: PrismaClient, omit: DealFacetKey | 'years', by: Column): Promise<FacetCount[]> {
  // A facet whose own filter is not in use counts within the whole view: the rollup has that.
  if (rollupPays(f) && !filterActive(f, omit)) {
    return ((await dealRollup(f, client)).counts.get(by) ?? []).flatMap((g) => (g.value === null ? [] : [{ value: facetValue(g.value), count: g.count }]));
  }
  const kept = keepsDealCounts(client) ? keptScope(f, omit) : undefined;
  if (kept || readsDealsAsSql(client)) {
    const groups = kept ? await keptDealCounts(client, kept, by) : (await dealGroups(client, await dealWhereSql(f, client, omit), [by])).map((g) => ({ value: g[by], count: g.count }));
    return groups.flatMap((g) => (g.value === null ? [] : [{ value: facetValue(g.value), count: g.count }]));
  }
  const groups = await client.deal.groupBy({ by: [by], where: await dealWhereFor(f, client, omit), _count: { _all: true } });
  return groups
    .filter((g) => g[by] !== null)
    .map((g) => ({ value: facetValue(g[by] as string | number | boolean), count: g._count._all }));
}

const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value);
const yesFirst = (a: FacetCount, b: FacetCount) => b.value.localeCompare(a.value);
/** Countries and organisations are named in the database, in English and Korean. */
const named = (v: FacetCount, locale: string) => localised(locale, v.label ?? v.value, v.labelKo).text;
const flagLabel = (v: FacetCount, locale: string) => translatorFor(locale, 'deals')(`facets.${v.value}`);

const country: DealFacet<'country'> = {
  ...deals.many({ key: 'country', match: (codes) => ({ partnerCountryCode: { in: codes } }), label: named }),
  sql: (f, name) => inSql('partnerCountryCode', f.country, name),
  /** Each country with its deals in the view, names and counts in one statement (grouped from Deal_facets_idx). */
  async count(f, client) {
    const kept = keepsDealCounts(client) ? keptScope(f, 'country') : undefined;
    if (kept || (readsDealsAsSql(client) && !(rollupPays(f) && f.country.length === 0))) {
      const groups = await dealCountryCounts(client, kept ? Prisma.empty : await dealWhereSql(f, client, 'country'), kept);
      return groups.map((g) => ({ value: g.code, label: g.name, labelKo: g.nameKo, count: g.count })).sort(byCount);
    }
    if (rollupPays(f) && f.country.length === 0) {
      const [counted, countries] = await Promise.all([countBy(f, client, 'country', 'partnerCountryCode'), client.country.findMany({ select: { code: true, name: true, nameKo: true } })]);
      const names = new Map(countries.map((c) => [c.code, c]));
      return counted.map((c) => ({ ...c, label: names.get(c.value)?.name ?? c.value, labelKo: names.get(c.value)?.nameKo ?? null })).sort(byCount);
    }
    const countries = await client.country.findMany({
      select: { code: true, name: true, nameKo: true, _count: { select: { deals: { where: await dealWhereFor(f, client, 'country') } } } },
    });
    return countries
      .map((c) => ({ value: c.code, label: c.name, labelKo: c.nameKo, count: c._count.deals }))
      .filter((c) => c.count > 0)
      .sort(byCount);
  },
};

// Retired deals subtracted one by one from the links of all deals; past this many, each link is tested instead.
const RETIRED_SUBTRACTED = 500;

/**
 * Links per organisation of the retired deals, or undefined when there are too many to subtract.
 * They are few (an editor retires them one at a time) and found by index (Deal_facets_idx starts with retiredAt).
 */
async function retiredLinks(client: PrismaClient): Promise<Map<number, number> | undefined> {
  // Without an order: Prisma's findMany adds "ORDER BY id", and SQLite then read every deal's row by id
  // to test retiredAt (82 ms at 100,000 deals) instead of the few entries of an index that starts with it.
  const retired = (await client.$queryRaw<Array<{ id: number | bigint }>>`SELECT "id" FROM "Deal" WHERE "retiredAt" IS NOT NULL LIMIT ${RETIRED_SUBTRACTED + 1}`).map((d) => ({ id: Number(d.id) }));
  if (retired.length > RETIRED_SUBTRACTED) return undefined;
  if (retired.length === 0) return new Map();
  const groups = await client.dealOrganisation.groupBy({ by: ['organisationId'], where: { dealId: { in: retired.map((d) => d.id) } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.organisationId, g._count._all]));
}

const organisation: DealFacet<'organisation'> = {
  ...deals.many({ key: 'organisation', match: (slugs) => ({ organisations: { some: { organisation: { slug: { in: slugs } } } } }), label: named }),
  // From the organisations' links (an index), not a test of every deal's links.
  sql: (f, name = dealField) =>
    f.organisation.length
      ? Prisma.sql`${name('id')} IN (SELECT "dealId" FROM "DealOrganisation" WHERE "organisationId" IN (SELECT "id" FROM "Organisation" WHERE "slug" IN (${Prisma.join(f.organisation)})))`
      : undefined,
  /**
   * Each live organisation with its links among the view's deals. On SQLite a view of every live
   * deal, or of one facet's filter, reads the kept link counts (keptLinkCounts); a search or several
   * filters counts the links of its deals. Elsewhere, with no other filter the view is every live
   * deal: its links are all links (counted from the link index alone) less the retired deals' links.
   * Testing each link's deal for retiredAt read a deal row per link instead: 185,666 of them at 100k
   * deals, 650 ms. A retired organisation is no longer offered as a filter.
   */
  async count(f, client) {
    const kept = keepsDealCounts(client) ? keptScope(f, 'organisation') : undefined;
    if (kept || readsDealsAsSql(client)) {
      // A view read in one pass has counted its links there, unless the facet counts without its own filter.
      const inRollup = rollupPays(f) && !filterActive(f, 'organisation');
      const [orgs, links] = await Promise.all([
        client.organisation.findMany({ where: { retiredAt: null }, select: { slug: true, id: true, name: true, nameKo: true } }),
        kept
          ? keptLinkCounts(client, kept)
          : inRollup
            ? dealRollup(f, client).then((r) => r.links ?? new Map<number, number>())
            : dealWhereSql(f, client, 'organisation').then((where) => dealLinksPerOrganisation(client, where)),
      ]);
      return orgs
        .map((o) => ({ value: o.slug, label: o.name, labelKo: o.nameKo, count: links.get(o.id) ?? 0 }))
        .filter((c) => c.count > 0)
        .sort(byCount);
    }
    // A costly view read in one pass (PostgreSQL too) has counted its links there.
    if (rollupPays(f) && !filterActive(f, 'organisation')) {
      const [orgs, rollup] = await Promise.all([client.organisation.findMany({ where: { retiredAt: null }, select: { slug: true, id: true, name: true, nameKo: true } }), dealRollup(f, client)]);
      if (rollup.links) {
        const links = rollup.links;
        return orgs
          .map((o) => ({ value: o.slug, label: o.name, labelKo: o.nameKo, count: links.get(o.id) ?? 0 }))
          .filter((c) => c.count > 0)
          .sort(byCount);
      }
    }
    const onlyLive = viewIsAllLive(f, 'organisation');
    const view = dealConditions(f, 'organisation', await narrowingFor(f, client));
    const linked = (deal?: Prisma.DealWhereInput) =>
      client.organisation.findMany({
        where: { retiredAt: null },
        select: { slug: true, id: true, name: true, nameKo: true, _count: { select: { deals: deal ? { where: { deal } } : true } } },
      });
    let [orgs, less] = await Promise.all([linked(onlyLive ? undefined : { AND: view }), onlyLive ? retiredLinks(client) : new Map<number, number>()]);
    if (less === undefined) [orgs, less] = [await linked({ AND: view }), new Map()];
    return orgs
      .map((o) => ({ value: o.slug, label: o.name, labelKo: o.nameKo, count: o._count.deals - (less.get(o.id) ?? 0) }))
      .filter((c) => c.count > 0)
      .sort(byCount);
  },
};

const system: DealFacet<'system'> = {
  ...deals.many({ key: 'system', match: (names) => ({ system: { in: names } }), label: (v) => v.value }),
  sql: (f, name) => inSql('system', f.system, name),
  count: async (f, client) => (await countBy(f, client, 'system', 'system')).sort(byCount),
};

const domain: DealFacet<'domain'> = {
  ...deals.many({ key: 'domain', match: (domains) => ({ domain: { in: domains } }), label: (v, locale) => translatorFor(locale, 'vocab')(`domain.${v.value}`) }),
  sql: (f, name) => inSql('domain', f.domain, name),
  count: async (f, client) => (await countBy(f, client, 'domain', 'domain')).sort(byCount),
};

const type: DealFacet<'type'> = {
  ...deals.many({ key: 'type', match: (types) => ({ cooperationType: { in: types } }), label: (v, locale) => translatorFor(locale, 'vocab')(`cooperationType.${v.value}`) }),
  sql: (f, name) => inSql('cooperationType', f.type, name),
  count: async (f, client) => (await countBy(f, client, 'type', 'cooperationType')).sort(byCount),
};

const stage: DealFacet<'stage'> = {
  ...deals.many({ key: 'stage', match: (stages) => ({ stage: { in: stages } }), label: (v, locale) => translatorFor(locale, 'vocab')(`dealStage.${v.value}`) }),
  sql: (f, name) => inSql('stage', f.stage, name),
  count: async (f, client) => (await countBy(f, client, 'stage', 'stage')).sort(byCount),
};

const localisation: DealFacet<'localisation'> = {
  ...deals.flag({ key: 'localisation', match: (flag) => ({ localisation: flag === 'yes' }), label: flagLabel }),
  sql: (f, name, postgres) => flagSql('localisation', f.localisation, name, postgres),
  count: async (f, client) => (await countBy(f, client, 'localisation', 'localisation')).sort(yesFirst),
};

const transfer: DealFacet<'transfer'> = {
  ...deals.flag({ key: 'transfer', match: (flag) => ({ technologyTransfer: flag === 'yes' }), label: flagLabel }),
  sql: (f, name, postgres) => flagSql('technologyTransfer', f.transfer, name, postgres),
  count: async (f, client) => (await countBy(f, client, 'transfer', 'technologyTransfer')).sort(yesFirst),
};

/** The facets, in the order they appear in the URL and on the page. */
export const dealFacetList = [country, organisation, system, domain, type, stage, localisation, transfer] as const;
export type DealFacetKey = (typeof dealFacetList)[number]['key'];

/** The year range (`from`, `to`): not a facet, but removable and counted per year like one. */
export const dealYears: Removable<DealFilters, 'years'> & Count & InSql & { where(f: DealFilters): Prisma.DealWhereInput | undefined } = {
  key: 'years',
  active: (f) => f.from !== undefined || f.to !== undefined,
  without: (f) => ({ ...f, from: undefined, to: undefined, page: 1 }),
  where: (f) => (f.from !== undefined || f.to !== undefined ? { year: { gte: f.from, lte: f.to } } : undefined),
  sql: (f, name = dealField) => {
    const parts = [f.from === undefined ? undefined : Prisma.sql`${name('year')} >= ${f.from}`, f.to === undefined ? undefined : Prisma.sql`${name('year')} <= ${f.to}`].filter((p) => p !== undefined);
    return parts.length ? Prisma.join(parts, ' AND ') : undefined;
  },
  count: async (f, client) => (await countBy(f, client, 'years', 'year')).sort((a, b) => Number(a.value) - Number(b.value)),
};

/** The text search (`q`), removable like a facet. */
export const dealText: Removable<DealFilters, 'q'> = { key: 'q', active: (f) => Boolean(f.q), without: (f) => ({ ...f, q: undefined, page: 1 }) };

// The filters in their URL order, which is also the order of the where-clause.
const filters = [country, organisation, system, domain, type, stage, dealYears, localisation, transfer] as const;

/** Whether the view without the filter `omit` is every live deal: no search, no other filter. */
export function viewIsAllLive(f: DealFilters, omit: DealFacetKey | 'years' | null = null): boolean {
  return !f.q && filters.every((filter) => filter.key === omit || !filter.active(f));
}

// The column each filter tests, as the kept counts name it (prisma/scripts/deal-counts.ts).
const keptColumns: Record<Exclude<DealFacetKey, 'organisation'> | 'years', Column> = {
  country: 'partnerCountryCode',
  system: 'system',
  domain: 'domain',
  type: 'cooperationType',
  stage: 'stage',
  years: 'year',
  localisation: 'localisation',
  transfer: 'technologyTransfer',
};

/**
 * Whether the view without the filter `omit` can be counted from the counts kept per facet value
 * (lib/queries/deals-sql.ts): every live deal, or the live deals chosen by a single filter other
 * than the organisation (a pair of values is kept for each deal). Not a search.
 */
export function keptScope(f: DealFilters, omit: DealFacetKey | 'years' | null = null): KeptScope | undefined {
  if (f.q) return undefined;
  const active = filters.filter((filter) => filter.key !== omit && filter.active(f));
  if (active.length === 0) return {};
  const only = active[0]!.key;
  if (active.length > 1 || only === 'organisation') return undefined;
  const column = keptColumns[only];
  if (only === 'years') {
    // Years are kept as text; every year a deal can have has four digits, but compare them as numbers.
    // Only a year's text is cast: PostgreSQL may test this before the row's column, and 'PL' is no number.
    const year = Prisma.sql`CAST(CASE WHEN "column" = 'year' THEN "value" END AS INTEGER)`;
    const range = [f.from === undefined ? undefined : Prisma.sql`${year} >= ${f.from}`, f.to === undefined ? undefined : Prisma.sql`${year} <= ${f.to}`];
    return { column, match: Prisma.join(range.filter((p) => p !== undefined), ' AND ') };
  }
  // A flag is kept as SQLite stores it, 1 or 0.
  const values = dealFacetList.find((facet) => facet.key === only)!.selected(f).map((v) => (column === 'localisation' || column === 'technologyTransfer' ? (v === 'yes' ? '1' : '0') : v));
  return { column, match: Prisma.sql`"value" IN (${Prisma.join(values)})` };
}

/** Whether the view uses the filter `key`. */
function filterActive(f: DealFilters, key: DealFacetKey | 'years'): boolean {
  return filters.some((filter) => filter.key === key && filter.active(f));
}

/** The where clause of a view, leaving out one filter (for that filter's own counts). */
export function dealWhere(f: DealFilters, omit: DealFacetKey | 'years' | null = null): Prisma.DealWhereInput {
  return { AND: dealConditions(f, omit) };
}

/**
 * {@link dealWhere}, with the text search narrowed by the database's full-text index where that
 * helps (lib/queries/deals-search.ts): the same deals, found without scanning every deal's text.
 */
export async function dealWhereFor(f: DealFilters, client: PrismaClient, omit: DealFacetKey | 'years' | null = null): Promise<Prisma.DealWhereInput> {
  return { AND: dealConditions(f, omit, await narrowingFor(f, client)) };
}

// The narrowing's ids are bound parameters, as are the filters' values: a view that already binds
// many values (a URL can list hundreds of systems) is not narrowed, so no statement passes SQLite's 999.
const narrowingFor = (f: DealFilters, client: PrismaClient) =>
  f.country.length + f.organisation.length + f.system.length + f.domain.length + f.type.length + f.stage.length > 400 ? undefined : dealSearchNarrowing(f.q, client);

/**
 * {@link dealWhereFor} in SQL, for the reads of lib/queries/deals-sql.ts (SQLite): the text search
 * joins the full-text index in the statement itself, then each filter in its URL order. `inOrder`
 * when a page of a large view is read in its order's index: each column is then written `+"column"`,
 * which keeps SQLite from finding the view's deals by another index and sorting them all (60 ms for
 * the 32,000 Polish deals) when walking the order's index finds the first 25 after about 80.
 */
export async function dealWhereSql(f: DealFilters, client: PrismaClient, omit: DealFacetKey | 'years' | null = null, inOrder = false): Promise<Prisma.Sql> {
  const filtered = await dealFilterSql(f, client, omit, inOrder);
  return filtered ? Prisma.sql`"Deal"."retiredAt" IS NULL AND ${filtered}` : Prisma.sql`"Deal"."retiredAt" IS NULL`;
}

/** {@link dealWhereSql} but for "not retired": the search and the filters, or undefined when the view has none. */
async function dealFilterSql(f: DealFilters, client: PrismaClient, omit: DealFacetKey | 'years' | null = null, inOrder = false): Promise<Prisma.Sql | undefined> {
  const and: Prisma.Sql[] = [];
  // PostgreSQL: the search's own `contains` (served by the trigram index), and no `+"column"` (SQLite's way of keeping an index out).
  const postgres = providerOf(client) === 'postgresql';
  const search = postgres ? dealSearchLike(f.q) : await dealSearchSql(f.q, client, inOrder);
  if (search) and.push(search);
  for (const filter of filters) {
    const part = filter.key === omit ? undefined : filter.sql(f, inOrder && !postgres ? (c) => Prisma.raw(`+"Deal"."${c}"`) : dealField, postgres);
    if (part) and.push(part);
  }
  return and.length ? Prisma.join(and, ' AND ') : undefined;
}

/**
 * The parts of {@link dealWhere}: the first is always "not retired", so one part alone means every
 * live deal. `narrowing`, when given, is added beside the text search's own conditions.
 */
function dealConditions(f: DealFilters, omit: DealFacetKey | 'years' | null, narrowing?: Prisma.DealWhereInput): Prisma.DealWhereInput[] {
  const and: Prisma.DealWhereInput[] = [{ retiredAt: null }];
  for (const token of f.q ? searchTokens(f.q) : []) and.push({ searchText: { contains: token } });
  if (narrowing) and.push(narrowing);
  for (const filter of filters) {
    const part = filter.key === omit ? undefined : filter.where(f);
    if (part) and.push(part);
  }
  return and;
}
