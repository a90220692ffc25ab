// Reads of EU and NATO instruments. There are only a handful, so filtering, counting and sorting
// happen in JS over one query: simpler than SQL and identical on SQLite and PostgreSQL.
import { cache } from 'react';
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type InstrumentFilters, type InstrumentSort, emptyInstrumentFilters } from '@/lib/filters/instruments';
import { type InstrumentFacet, type InstrumentFacetKey, instrumentFacetList, instrumentWhere } from '@/lib/lists/instrument-facets';
import type { FacetCount } from '@/lib/lists/facets';
import { LINKED_DEALS_SHOWN, countLiveLinkedDeals } from '@/lib/queries/deals';
import { claimsInclude } from '@/lib/records/claims';
import { accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';

async function allInstruments(client: PrismaClient) {
  return client.instrument.findMany({ where: { retiredAt: null }, include: { budgetSource: true, claims: claimsInclude } });
}
type InstrumentRow = Awaited<ReturnType<typeof allInstruments>>[number];

const byName = (a: InstrumentRow, b: InstrumentRow) => a.acronym.localeCompare(b.acronym, 'en', { sensitivity: 'base' });

// Budgets in different currencies are never converted, so they are compared within a currency
// only: rows are grouped by currency, and instruments with no stated budget always come last.
function byBudget(direction: 1 | -1) {
  return (a: InstrumentRow, b: InstrumentRow) => {
    if (a.budgetAmount === null || b.budgetAmount === null) {
      return a.budgetAmount === b.budgetAmount ? byName(a, b) : a.budgetAmount === null ? 1 : -1;
    }
    const currency = (a.budgetCurrency ?? '').localeCompare(b.budgetCurrency ?? '');
    return currency || direction * (a.budgetAmount - b.budgetAmount) || byName(a, b);
  };
}

const levelRank = (row: InstrumentRow) => (accessLevels as readonly string[]).indexOf(row.accessLevel);
const ownerRank = (row: InstrumentRow) => (instrumentOwners as readonly string[]).indexOf(row.owner);
const kindRank = (row: InstrumentRow) => (instrumentKinds as readonly string[]).indexOf(row.kind);
/** An order by a closed vocabulary's own order (access from most to least direct), then by name. */
const byRank = (rank: (row: InstrumentRow) => number, direction: 1 | -1) => (a: InstrumentRow, b: InstrumentRow) => direction * (rank(a) - rank(b)) || byName(a, b);

const sorters: Record<InstrumentSort, (a: InstrumentRow, b: InstrumentRow) => number> = {
  name: byName,
  '-name': (a, b) => byName(b, a),
  // Owner and kind follow their vocabularies' order (EU before NATO; the kinds as the form lists them).
  owner: byRank(ownerRank, 1),
  '-owner': byRank(ownerRank, -1),
  kind: byRank(kindRank, 1),
  '-kind': byRank(kindRank, -1),
  budget: byBudget(1),
  '-budget': byBudget(-1),
  // From the most to the least direct access, the order of the vocabulary; reversed, the least first.
  access: byRank(levelRank, 1),
  '-access': byRank(levelRank, -1),
};

export const listInstruments = cachedRead('instruments.list', ['register'], async (filters: InstrumentFilters = emptyInstrumentFilters, client: PrismaClient = db) => {
  const rows = (await allInstruments(client)).filter(instrumentWhere(filters));
  return rows.sort(sorters[filters.sort]);
});
export type InstrumentListItem = Awaited<ReturnType<typeof listInstruments>>[number];

export type InstrumentFacets = Record<InstrumentFacetKey, FacetCount[]> & {
  /** How many instruments each filter in force would leave if it alone were removed. */
  without: Record<InstrumentFacetKey | 'q', number>;
};

/**
 * Counts per facet value for the current result set. A value's count applies every other filter
 * but not its own facet's, so that choosing a value shows what the other choices would give.
 */
export const instrumentFacets = cachedRead('instruments.facets', ['register'], async (filters: InstrumentFilters, client: PrismaClient = db): Promise<InstrumentFacets> => {
  const rows = await allInstruments(client);
  const byFacet = <T>(read: (facet: InstrumentFacet<InstrumentFacetKey>) => T) => Object.fromEntries(instrumentFacetList.map((facet) => [facet.key, read(facet)])) as Record<InstrumentFacetKey, T>;
  const without = (skip: InstrumentFacetKey | 'q') => rows.filter(instrumentWhere(filters, skip)).length;
  return { ...byFacet((facet) => facet.count(filters, rows)), without: { q: without('q'), ...byFacet((facet) => without(facet.key)) } };
});

/**
 * One instrument with everything linked to it, or null. Retired instruments are still shown.
 * Cached per request: the page and its metadata both ask for it.
 */
export const getInstrument = cache(async (code: string, client: PrismaClient = db) => {
  const instrument = await client.instrument.findUnique({
    where: { code },
    include: {
      budgetSource: { include: { footnotes: { orderBy: { number: 'asc' } } } },
      claims: claimsInclude,
      sources: { orderBy: { id: 'asc' }, include: { footnotes: { orderBy: { number: 'asc' } } } },
      // Undated deals last on every database (PostgreSQL would put nulls first in a descending order).
      // The most recent LINKED_DEALS_SHOWN, and how many there are: at 100,000 deals an instrument
      // has thousands (a 2 MB page when all were listed).
      deals: { where: { retiredAt: null }, orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }], take: LINKED_DEALS_SHOWN, include: { partnerCountry: true } },
      recommendations: { orderBy: { number: 'asc' } },
      challenges: { orderBy: { number: 'asc' } },
    },
  });
  return instrument && { ...instrument, _count: { deals: await countLiveLinkedDeals(client, 'instruments', instrument.id) } };
});
export type InstrumentDetail = NonNullable<Awaited<ReturnType<typeof getInstrument>>>;
