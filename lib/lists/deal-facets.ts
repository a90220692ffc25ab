// The deals list's facets and its where-clause: each facet says what it asks of a deal and how its
// values are counted; the where-clause is the text search, then each filter in its URL order.
// Each facet's `count` is one read (a GROUP BY within the view's other filters), to be replaced as a unit.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { type DealFilters, buildDealQuery } from '@/lib/filters/deals';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { dealSearchNarrowing } from '@/lib/queries/deals-search';
import { searchTokens } from '@/lib/search';
import { type Facet, type FacetCount, type Removable, facetsFor } from './facets';

type Count = { count(f: DealFilters, client: PrismaClient): Promise<FacetCount[]> };
export type DealFacet<K extends string = string> = Facet<DealFilters, K, Prisma.DealWhereInput> & Count;

const deals = facetsFor<DealFilters, Prisma.DealWhereInput>({ path: '/deals', build: buildDealQuery, restart: { page: 1 } });

type Column = 'partnerCountryCode' | 'system' | 'domain' | 'cooperationType' | 'stage' | 'year' | 'localisation' | 'technologyTransfer';

const rollupColumns = ['partnerCountryCode', 'system', 'domain', 'cooperationType', 'stage', 'year', 'localisation', 'technologyTransfer'] as const satisfies readonly Column[];

/**
 * Whether a view is costly to read once per facet: a text search scans every deal's text (unless the
 * full-text index narrows it), an organisation filter tests each deal's links, and a view asked for
 * ten times (eight facets, the years, the count) pays that ten times. Such a view is read once,
 * grouped by every facet's column together ({@link dealRollup}), and the facets that do not filter
 * themselves, and the count, are added up from those groups. Other views read a covering index per
 * facet, which is cheaper than grouping by eight columns at once.
 */
export function rollupPays(f: DealFilters): boolean {
  return Boolean(f.q) || f.organisation.length > 0;
}

type RollupGroup = Pick<Prisma.DealGroupByOutputType, (typeof rollupColumns)[number]> & { _count: { _all: number } };

// A rollup being read, shared by the reads of the same view that start meanwhile (the list's count,
// the facets): one pass over the view, not one each. Nothing is kept once it is read.
const reading = new WeakMap<PrismaClient, Map<string, Promise<RollupGroup[]>>>();

/** The view's deals counted by every facet's column at once (exact counts, one statement). */
export function dealRollup(f: DealFilters, client: PrismaClient): Promise<RollupGroup[]> {
  const key = JSON.stringify({ ...f, sort: undefined, page: undefined });
  const pending = reading.get(client) ?? reading.set(client, new Map()).get(client)!;
  const known = pending.get(key);
  if (known) return known;
  const read = (async () => {
    const groups = await client.deal.groupBy({ by: [...rollupColumns], where: await dealWhereFor(f, client), _count: { _all: true } });
    return groups as RollupGroup[];
  })().finally(() => pending.delete(key));
  pending.set(key, read);
  return read;
}

const facetValue = (v: string | number | boolean) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/** How many deals of the view, without the filter `omit`, have each value of `by`. */
async function countBy(f: DealFilters, client: PrismaClient, omit: DealFacetKey | 'years', by: Column): Promise<FacetCount[]> {
  // A facet whose own filter is not in use counts within the whole view: the rollup has that.
  if (rollupPays(f) && !filterActive(f, omit)) {
    const counts = new Map<string, number>();
    for (const g of await dealRollup(f, client)) {
      const v = g[by];
      if (v !== null) counts.set(facetValue(v), (counts.get(facetValue(v)) ?? 0) + g._count._all);
    }
    return [...counts].map(([value, count]) => ({ value, count }));
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
  /** Each country with its deals in the view, names and counts in one statement (grouped from Deal_facets_idx). */
  async count(f, client) {
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
  const retired = await client.deal.findMany({ where: { retiredAt: { not: null } }, select: { id: true }, take: RETIRED_SUBTRACTED + 1 });
  if (retired.length > RETIRED_SUBTRACTED) return undefined;
  if (retired.length === 0) return new Map();
  const groups = await client.dealOrganisation.groupBy({ by: ['organisationId'], where: { dealId: { in: retired.map((d) => d.id) } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.organisationId, g._count._all]));
}

const organisation: DealFacet<'organisation'> = {
  ...deals.many({ key: 'organisation', match: (slugs) => ({ organisations: { some: { organisation: { slug: { in: slugs } } } } }), label: named }),
  /**
   * Each live organisation with its links among the view's deals, names and counts in one statement.
   * With no other filter the view is every live deal: its links are all links (counted from the
   * link index alone) less the retired deals' links. Testing each link's deal for retiredAt read a
   * deal row per link instead: 185,666 of them at 100k deals, 650 ms. A retired organisation is no
   * longer offered as a filter.
   */
  async count(f, client) {
    const view = dealConditions(f, 'organisation', await narrowingFor(f, client));
    const linked = (deal?: Prisma.DealWhereInput) =>
      client.organisation.findMany({
        where: { retiredAt: null },
        select: { slug: true, id: true, name: true, nameKo: true, _count: { select: { deals: deal ? { where: { deal } } : true } } },
      });
    const onlyLive = view.length === 1;
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
  count: async (f, client) => (await countBy(f, client, 'system', 'system')).sort(byCount),
};

const domain: DealFacet<'domain'> = {
  ...deals.many({ key: 'domain', match: (domains) => ({ domain: { in: domains } }), label: (v, locale) => translatorFor(locale, 'vocab')(`domain.${v.value}`) }),
  count: async (f, client) => (await countBy(f, client, 'domain', 'domain')).sort(byCount),
};

const type: DealFacet<'type'> = {
  ...deals.many({ key: 'type', match: (types) => ({ cooperationType: { in: types } }), label: (v, locale) => translatorFor(locale, 'vocab')(`cooperationType.${v.value}`) }),
  count: async (f, client) => (await countBy(f, client, 'type', 'cooperationType')).sort(byCount),
};

const stage: DealFacet<'stage'> = {
  ...deals.many({ key: 'stage', match: (stages) => ({ stage: { in: stages } }), label: (v, locale) => translatorFor(locale, 'vocab')(`dealStage.${v.value}`) }),
  count: async (f, client) => (await countBy(f, client, 'stage', 'stage')).sort(byCount),
};

const localisation: DealFacet<'localisation'> = {
  ...deals.flag({ key: 'localisation', match: (flag) => ({ localisation: flag === 'yes' }), label: flagLabel }),
  count: async (f, client) => (await countBy(f, client, 'localisation', 'localisation')).sort(yesFirst),
};

const transfer: DealFacet<'transfer'> = {
  ...deals.flag({ key: 'transfer', match: (flag) => ({ technologyTransfer: flag === 'yes' }), label: flagLabel }),
  count: async (f, client) => (await countBy(f, client, 'transfer', 'technologyTransfer')).sort(yesFirst),
};

/** The facets, in the order they appear in the URL and on the page. */
export const dealFacetList = [country, organisation, system, domain, type, stage, localisation, transfer] as const;
export type DealFacetKey = (typeof dealFacetList)[number]['key'];

/** The year range (`from`, `to`): not a facet, but removable and counted per year like one. */
export const dealYears: Removable<DealFilters, 'years'> & Count & { where(f: DealFilters): Prisma.DealWhereInput | undefined } = {
  key: 'years',
  active: (f) => f.from !== undefined || f.to !== undefined,
  without: (f) => ({ ...f, from: undefined, to: undefined, page: 1 }),
  where: (f) => (f.from !== undefined || f.to !== undefined ? { year: { gte: f.from, lte: f.to } } : undefined),
  count: async (f, client) => (await countBy(f, client, 'years', 'year')).sort((a, b) => Number(a.value) - Number(b.value)),
};

/** The text search (`q`), removable like a facet. */
export const dealText: Removable<DealFilters, 'q'> = { key: 'q', active: (f) => Boolean(f.q), without: (f) => ({ ...f, q: undefined, page: 1 }) };

// The filters in their URL order, which is also the order of the where-clause.
const filters = [country, organisation, system, domain, type, stage, dealYears, localisation, transfer] as const;

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
