// What cites each work is read for the works on the page only, and only the first few deals, deal
// values and deal events of each, with how many there are: at 100,000 deals the paper alone is cited
// by every deal, and reading that whole went over SQLite's bound-parameter limit (a 500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITATIONS_SHOWN, listSources, sourceCitations } from '@/lib/queries/sources';
import { buildSearchText } from '@/lib/search';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const ADDED = CITATIONS_SHOWN + 7;

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let paper: { id: number; slug: string };
let before: { deals: number; dealValues: number; dealEvents: number };
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  paper = await temp.db.source.findFirstOrThrow({ where: { kind: 'paper' }, select: { id: true, slug: true } });
  before = (await sourceCitations([paper.id], temp.db)).get(paper.id)!.totals;
  for (let i = 0; i < ADDED; i += 1) {
    const title = `Cited deal ${String(i).padStart(2, '0')}`;
    await temp.db.deal.create({
      data: {
        slug: `cited-${i}`,
        title,
        system: 'K2 tank',
        domain: 'land',
        cooperationType: 'export',
        stage: 'contract',
        partnerCountryCode: 'PL',
        summary: 'A deal that cites the paper three ways.',
        searchText: buildSearchText([title]),
        valueAmount: 1e6 * (i + 1),
        valueCurrency: 'EUR',
        valueText: `€${i + 1} million`,
        valueSourceId: paper.id,
        sources: { connect: { id: paper.id } },
        events: { create: { stage: 'contract', date: new Date(Date.UTC(2020, 0, 1 + i)), datePrecision: 'day', description: `Event ${i}`, sourceId: paper.id } },
        // One retired deal: neither it nor its event is listed or counted.
        retiredAt: i === 3 ? new Date() : null,
      },
    });
  }
});
afterAll(() => temp.dispose());

describe('sourceCitations', () => {
  it('lists the first few deals, deal values and deal events of a work, and counts them all', async () => {
    const cited = (await sourceCitations([paper.id], temp.db)).get(paper.id)!;
    expect(cited.totals).toEqual({ deals: before.deals + ADDED - 1, dealValues: before.dealValues + ADDED - 1, dealEvents: before.dealEvents + ADDED - 1 });
    for (const list of [cited.deals, cited.dealValues, cited.dealEvents]) expect(list).toHaveLength(CITATIONS_SHOWN);
    const titles = cited.deals.map((d) => d.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(cited.deals.map((d) => d.slug)).not.toContain('cited-3');
    const dates = cited.dealEvents.map((e) => e.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('answers for many works at once, each with its own citations, in a fixed number of Prisma operations', async () => {
    const works = await listSources(undefined, temp.db);
    let queries = 0;
    const counted = temp.db.$extends({ query: { $allOperations: ({ args, query }) => ((queries += 1), query(args)) } }) as unknown as typeof temp.db;
    const all = await sourceCitations(
      works.map((w) => w.id),
      counted,
    );
    expect(queries).toBeLessThanOrEqual(7);
    expect([...all.keys()].sort((a, b) => a - b)).toEqual(works.map((w) => w.id).sort((a, b) => a - b));
    // A K2 source cites the K2 deal, and the paper's list is the same as when asked alone.
    const k2 = works.find((w) => w.slug === 'shin-lee-2025-k2-poland')!;
    expect(all.get(k2.id)!.deals.map((d) => d.slug)).toContain('hyundai-rotem-k2-poland-2025');
    expect(all.get(paper.id)!.deals).toEqual((await sourceCitations([paper.id], temp.db)).get(paper.id)!.deals);
  });

  it('answers nothing for no works', async () => {
    expect((await sourceCitations([], temp.db)).size).toBe(0);
  });
});
