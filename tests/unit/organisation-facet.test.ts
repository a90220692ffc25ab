// The organisation facet counts the links of the view's live deals. Unfiltered, it counts all links
// and subtracts the retired deals' (lib/lists/deal-facets.ts): checked here against a count that
// tests every link's deal, with a few retired deals, with more than it subtracts, and with filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DealFilters, emptyDealFilters } from '@/lib/filters/deals';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { dealFacetList, dealWhere } from '@/lib/lists/deal-facets';
import { facetByKey } from '@/lib/lists/facets';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const deals = (f: Partial<DealFilters>): DealFilters => ({ ...emptyDealFilters, ...f });
const organisation = facetByKey(dealFacetList, 'organisation');

/** The plain count: every link joined to its deal, the view's other filters applied there. */
async function reference(f: DealFilters, client: PrismaClient) {
  const groups = await client.dealOrganisation.groupBy({ by: ['organisationId'], where: { deal: dealWhere(f, 'organisation') }, _count: { _all: true } });
  const orgs = await client.organisation.findMany({ where: { retiredAt: null }, select: { id: true, slug: true } });
  const slugOf = new Map(orgs.map((o) => [o.id, o.slug]));
  return Object.fromEntries(groups.flatMap((g) => (slugOf.has(g.organisationId) ? [[slugOf.get(g.organisationId), g._count._all]] : [])));
}
const counted = async (f: DealFilters, client: PrismaClient) => Object.fromEntries((await organisation.count(f, client)).map((c) => [c.value, c.count]));

describe('the organisation facet', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db);
  }, 60_000);
  afterAll(() => temp?.dispose());

  const views = [deals({}), deals({ organisation: ['hanwha-aerospace'] }), deals({ country: ['PL'] }), deals({ q: 'k9' })];
  const check = async () => {
    for (const view of views) expect(await counted(view, temp.db), JSON.stringify(view)).toEqual(await reference(view, temp.db));
  };

  it('counts only live deals, before and after some are retired', async () => {
    await check();
    const linked = await temp.db.deal.findMany({ where: { organisations: { some: {} } }, select: { id: true }, take: 3 });
    await temp.db.deal.updateMany({ where: { id: { in: linked.map((d) => d.id) } }, data: { retiredAt: new Date() } });
    await check();
    // An organisation whose every deal is retired is no longer offered.
    const only = await temp.db.organisation.create({ data: { slug: 'only-retired', name: 'Only retired', kind: 'firm', origin: 'korean' } });
    await temp.db.dealOrganisation.create({ data: { dealId: linked[0]!.id, organisationId: only.id, role: 'partner' } });
    expect(await counted(deals({}), temp.db)).not.toHaveProperty('only-retired');
    await check();
  });

  it('stays exact with more retired deals than it subtracts one by one', async () => {
    const org = await temp.db.organisation.findFirstOrThrow({ where: { retiredAt: null }, select: { id: true } });
    const retiredAt = new Date();
    await temp.db.deal.createMany({
      data: Array.from({ length: 501 }, (_, n) => ({
        slug: `retired-${n}`, title: `Retired ${n}`, system: 'K9 howitzer', domain: 'land', cooperationType: 'export', stage: 'contract',
        partnerCountryCode: 'PL', summary: 'Retired.', searchText: ' retired ', retiredAt,
      })),
    });
    const created = await temp.db.deal.findMany({ where: { slug: { startsWith: 'retired-' } }, select: { id: true } });
    await temp.db.dealOrganisation.createMany({ data: created.map((d) => ({ dealId: d.id, organisationId: org.id, role: 'partner' })) });
    await check();
  });
});
