// Reads of the paper's findings. There are a few dozen, so filtering and counting happen in JS over
// one query, as for the instruments: the same on SQLite and PostgreSQL.
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type FindingFilters, emptyFindingFilters } from '@/lib/filters/findings';
import type { FacetCount } from '@/lib/lists/facets';
import { type FindingFacetKey, findingFacetList, findingWhere } from '@/lib/lists/finding-facets';
import { findingActors } from '@/lib/schemas/finding';

// Only live records are linked from a finding: a retired deal or instrument drops out of its list.
const include = {
  actors: { select: { actor: true } },
  deals: { where: { retiredAt: null }, orderBy: { title: 'asc' }, select: { slug: true, title: true, titleKo: true } },
  instruments: { where: { retiredAt: null }, orderBy: { acronym: 'asc' }, select: { code: true, acronym: true, name: true, nameKo: true } },
  recommendations: { orderBy: { number: 'asc' }, select: { number: true, title: true, titleKo: true } },
  countries: { orderBy: { code: 'asc' }, select: { code: true, name: true, nameKo: true } },
} as const;

type Where = NonNullable<Parameters<PrismaClient['finding']['findMany']>[0]>['where'];

/** Findings in the paper's order, each with its actors in the vocabulary's order. */
async function readFindings(client: PrismaClient, where: Where = {}) {
  const rows = await client.finding.findMany({ where, orderBy: [{ position: 'asc' }, { id: 'asc' }], include });
  const rank = (actor: string) => (findingActors as readonly string[]).indexOf(actor);
  return rows.map((row) => ({ ...row, actors: [...row.actors].sort((a, b) => rank(a.actor) - rank(b.actor)) }));
}
export type FindingItem = Awaited<ReturnType<typeof readFindings>>[number];

export const listFindings = cachedRead('findings.list', ['register', 'tracker'], async (filters: FindingFilters = emptyFindingFilters, client: PrismaClient = db) =>
  (await readFindings(client)).filter(findingWhere(filters)),
);

export type FindingFacets = Record<FindingFacetKey, FacetCount[]> & {
  /** How many findings each filter in force would leave if it alone were removed. */
  without: Record<FindingFacetKey | 'q', number>;
};

/** Counts per facet value for the view: each applies every other filter but not its own facet's. */
export const findingFacets = cachedRead('findings.facets', ['register', 'tracker'], async (filters: FindingFilters, client: PrismaClient = db): Promise<FindingFacets> => {
  const rows = await readFindings(client);
  const without = (skip: FindingFacetKey | 'q') => rows.filter(findingWhere(filters, skip)).length;
  return {
    actor: findingFacetList[0].count(filters, rows),
    theme: findingFacetList[1].count(filters, rows),
    without: { q: without('q'), actor: without('actor'), theme: without('theme') },
  };
});

/** The record a "What the paper finds" section belongs to. */
export type FindingsOf = { deal: string } | { instrument: string } | { recommendation: number } | { country: string };

/** The findings linked to one deal, instrument, recommendation or country, in the paper's order. */
export const findingsOf = cachedRead('findings.of', ['register', 'tracker'], async (of: FindingsOf, client: PrismaClient = db) => {
  const where: Where =
    'deal' in of
      ? { deals: { some: { slug: of.deal } } }
      : 'instrument' in of
        ? { instruments: { some: { code: of.instrument } } }
        : 'recommendation' in of
          ? { recommendations: { some: { number: of.recommendation } } }
          : { countries: { some: { code: of.country.toUpperCase() } } };
  return readFindings(client, where);
});

/** When a finding was last written (by the seed: editors do not edit them). */
export const findingsAsOf = cachedRead('findings.asOf', ['register'], async (client: PrismaClient = db) => (await client.finding.aggregate({ _max: { updatedAt: true } }))._max.updatedAt);
