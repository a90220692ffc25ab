// An instrument's or a recommendation's page lists a bounded number of its linked deals and counts
// the rest: at 100,000 deals each has thousands, and listing them all made pages of 1.5–2 MB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINKED_DEALS_SHOWN } from '@/lib/queries/deals';
import { getInstrument } from '@/lib/queries/instruments';
import { getRecommendation } from '@/lib/queries/recommendations';
import { buildSearchText } from '@/lib/search';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const ADDED = LINKED_DEALS_SHOWN + 15;

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let before: { instrument: number; recommendation: number };
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  const live = { where: { retiredAt: null } };
  const count = async () => ({
    instrument: (await temp.db.instrument.findUniqueOrThrow({ where: { code: 'diana' }, select: { _count: { select: { deals: live } } } }))._count.deals,
    recommendation: (await temp.db.recommendation.findUniqueOrThrow({ where: { number: 4 }, select: { _count: { select: { deals: live } } } }))._count.deals,
  });
  before = await count();
  for (let i = 0; i < ADDED; i += 1) {
    await temp.db.deal.create({
      data: {
        slug: `linked-${i}`,
        title: `Linked deal ${String(i).padStart(2, '0')}`,
        system: 'K9 howitzer',
        domain: 'land',
        cooperationType: 'export',
        stage: 'contract',
        partnerCountryCode: 'PL',
        date: new Date(Date.UTC(2030, 0, 1 + i)),
        datePrecision: 'day',
        year: 2030,
        summary: 'A deal linked to DIANA and to recommendation 4.',
        searchText: buildSearchText([`Linked deal ${i}`]),
        instruments: { connect: { code: 'diana' } },
        recommendations: { connect: { number: 4 } },
        // One retired deal: it is neither listed nor counted.
        retiredAt: i === 0 ? new Date() : null,
      },
    });
  }
});
afterAll(() => temp.dispose());

describe('linked deals on a record’s page', () => {
  it('lists an instrument’s most recent deals, at most LINKED_DEALS_SHOWN, and counts them all', async () => {
    const i = await getInstrument('diana', temp.db);
    expect(i!._count.deals).toBe(before.instrument + ADDED - 1);
    expect(i!.deals).toHaveLength(LINKED_DEALS_SHOWN);
    // Newest first: the added deals are dated 2030, later than any in the paper.
    expect(i!.deals[0]!.slug).toBe(`linked-${ADDED - 1}`);
    expect(i!.deals.map((d) => d.slug)).not.toContain('linked-0');
  });

  it('lists a recommendation’s deals by title, at most LINKED_DEALS_SHOWN, and counts them all', async () => {
    const r = await getRecommendation(4, temp.db);
    expect(r!._count.deals).toBe(before.recommendation + ADDED - 1);
    expect(r!.deals).toHaveLength(LINKED_DEALS_SHOWN);
    const titles = r!.deals.map((d) => d.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
