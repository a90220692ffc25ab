// The seed against a real, migrated SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => temp.dispose());

/** Everything the seed writes, in a stable order, without timestamps. */
async function snapshot() {
  const { db } = temp;
  const omitTimes = { createdAt: true, updatedAt: true } as const;
  return {
    sources: await db.source.findMany({ orderBy: { slug: 'asc' }, omit: omitTimes, include: { footnotes: true } }),
    countries: await db.country.findMany({ orderBy: { code: 'asc' } }),
    organisations: await db.organisation.findMany({ orderBy: { slug: 'asc' }, omit: { updatedAt: true } }),
    deals: await db.deal.findMany({
      orderBy: { slug: 'asc' },
      omit: omitTimes,
      include: {
        organisations: { orderBy: { organisationId: 'asc' } },
        events: { omit: { id: true }, orderBy: { date: 'asc' } },
        sources: { select: { slug: true }, orderBy: { slug: 'asc' } },
        instruments: { select: { code: true }, orderBy: { code: 'asc' } },
        recommendations: { select: { number: true }, orderBy: { number: 'asc' } },
        challenges: { select: { slug: true }, orderBy: { slug: 'asc' } },
      },
    }),
    instruments: await db.instrument.findMany({
      orderBy: { code: 'asc' },
      omit: omitTimes,
      include: { sources: { select: { slug: true }, orderBy: { slug: 'asc' } } },
    }),
    recommendations: await db.recommendation.findMany({
      orderBy: { number: 'asc' },
      omit: omitTimes,
      include: { actors: { orderBy: { actor: 'asc' } }, milestones: { orderBy: { position: 'asc' } }, instruments: { select: { code: true }, orderBy: { code: 'asc' } } },
    }),
    // A relation's rows come back in no set order (PostgreSQL returns them as they lie after a rewrite): compare them as sets.
    challenges: await db.challenge.findMany({ orderBy: { number: 'asc' }, include: { instruments: { select: { code: true }, orderBy: { code: 'asc' } } } }),
    keyFigures: await db.keyFigure.findMany({ orderBy: { position: 'asc' }, omit: { updatedAt: true } }),
  };
}

describe('seed', () => {
  it('loads the paper’s records', async () => {
    await seed(temp.db);
    const data = await snapshot();
    expect(data.deals).toHaveLength(7);
    expect(data.instruments).toHaveLength(9);
    expect(data.recommendations).toHaveLength(10);
    expect(data.challenges).toHaveLength(4);
    expect(data.recommendations.every((r) => r.stage === 'not-assessed')).toBe(true);
    const k2 = data.deals.find((d) => d.slug === 'hyundai-rotem-k2-poland-2025');
    expect(k2).toMatchObject({ valueAmount: 6.5e9, valueCurrency: 'USD', datePrecision: 'month', year: 2025 });
    expect(k2?.searchText).toContain('hyundai rotem');
  });

  it('leaves the same data when run twice', async () => {
    const first = await snapshot();
    await seed(temp.db);
    expect(await snapshot()).toEqual(first);
  });

  it('keeps what editors changed in the tracker', async () => {
    await temp.db.recommendation.update({ where: { number: 4 }, data: { stage: 'in-progress', version: { increment: 1 } } });
    await seed(temp.db);
    expect(await temp.db.recommendation.findUnique({ where: { number: 4 } })).toMatchObject({ stage: 'in-progress', version: 2 });
  });
});
