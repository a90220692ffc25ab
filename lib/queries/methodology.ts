// Reads for the methodology page: what the register holds, counted as its own lists count it, and
// what its values rest on. The page describes the data from the data, so these are counts and
// names, never a second, hand-kept description of it.
import { cachedRead } from '@/lib/cache/read-cache';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { emptyInstrumentFilters } from '@/lib/filters/instruments';
import { type ListKind, readView } from '@/lib/lists';
import { PAPER_SOURCE } from '@/lib/paper';
import { type ClaimBasis, claimBases } from '@/lib/records/claims';
import { instrumentOwners } from '@/lib/schemas/instrument';
import { countView } from '@/lib/views/metadata';
import { listInstruments } from './instruments';

/** The lists the page counts, in the order it names them. */
export const countedLists = ['deals', 'instruments', 'recommendations', 'findings', 'sources'] as const satisfies readonly ListKind[];

/** Each list's size with no filter: the very count its own page reports. */
export async function registerCounts(client: PrismaClient = db): Promise<Record<(typeof countedLists)[number], number>> {
  const counts = await Promise.all(countedLists.map((kind) => countView(kind, readView(kind, {}).filters, client)));
  return Object.fromEntries(countedLists.map((kind, i) => [kind, counts[i]])) as Record<(typeof countedLists)[number], number>;
}

/** The live instruments' acronyms and codes by owner, in the list's own order. */
export async function instrumentsByOwner(client: PrismaClient = db) {
  const rows = await listInstruments(emptyInstrumentFilters, client);
  return instrumentOwners.map((owner) => ({ owner, instruments: rows.filter((r) => r.owner === owner).map((r) => ({ code: r.code, acronym: r.acronym })) }));
}

export const methodologyFacts = cachedRead('methodology.facts', ['register'], async (client: PrismaClient = db) => {
  // Deals an editor created (by hand or by import) have a 'create' revision; seeded ones have none.
  // Keys never change (lib/editing/save.ts), so a revision's key still names its deal.
  const created = await client.revision.findMany({ where: { entity: 'deal', action: 'create' }, distinct: ['recordKey'], select: { recordKey: true } });
  const [addedDeals, claims, quotedFigures, paper] = await Promise.all([
    created.length ? client.deal.count({ where: { retiredAt: null, slug: { in: created.map((r) => r.recordKey) } } }) : 0,
    // Only the claims of records a reader can still see: a retired deal's claims drop out.
    client.claim.groupBy({
      by: ['basis'],
      where: { OR: [{ deal: { retiredAt: null } }, { instrument: { retiredAt: null } }, { countryCode: { not: null } }] },
      _count: { _all: true },
    }),
    // A key figure keeps its own quote and source rather than a claim: with its quote, it is stated.
    client.keyFigure.count({ where: { retiredAt: null, quote: { not: null } } }),
    client.source.findUnique({ where: { slug: PAPER_SOURCE }, select: { publishedOn: true } }),
  ]);
  const byBasis = Object.fromEntries(claimBases.map((basis) => [basis, claims.find((c) => c.basis === basis)?._count._all ?? 0])) as Record<ClaimBasis, number>;
  byBasis.stated += quotedFigures;
  return { addedDeals, byBasis, paperPublishedOn: paper?.publishedOn ?? null };
});
