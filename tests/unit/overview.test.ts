// The overview's aggregates against a real, migrated and seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getDealsByYear,
  getDealValueByCountry,
  getInstrumentsByAccess,
  getOverview,
  getRecommendationsByStage,
} from '@/lib/queries/overview';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

describe('overview aggregates on the seed', () => {
  it('counts the register', async () => {
    const { counts, keyFigures } = await getOverview(temp.db);
    expect(counts).toMatchObject({ deals: 7, instruments: 9, recommendations: 10 });
    expect(keyFigures.every((k) => k.source.slug)).toBe(true);
  });

  it('sums stated values per currency and country, and counts the deals without one', async () => {
    const values = await getDealValueByCountry(temp.db);
    expect(values.currencies.map((c) => c.currency)).toEqual(['USD']);
    const usd = values.currencies[0]!;
    expect(usd.rows).toEqual([
      { countryCode: 'PL', amount: 6.5e9, deals: 1 },
      { countryCode: 'RO', amount: 1e9, deals: 1 },
    ]);
    expect(usd.rows.reduce((n, r) => n + r.amount, 0)).toBe(7.5e9);
    expect(values.currencies.find((c) => c.currency === 'EUR')).toBeUndefined();
    expect(values.unvalued).toEqual([
      { countryCode: 'KR', deals: 3 },
      { countryCode: 'PL', deals: 2 },
    ]);
    expect(values.unvaluedTotal).toBe(5);
    expect(values.countries.PL).toEqual({ name: 'Poland', nameKo: '폴란드' });
  });

  it('counts deals per year and cooperation type, and the undated ones apart', async () => {
    const byYear = await getDealsByYear(temp.db);
    expect(byYear.undated).toBe(3);
    expect(byYear.types).toEqual(['export', 'co-development', 'production-support']);
    expect(byYear.years).toEqual([
      { year: 2023, counts: { 'co-development': 1, 'production-support': 1 }, total: 2 },
      { year: 2024, counts: { export: 1 }, total: 1 },
      { year: 2025, counts: { export: 1 }, total: 1 },
    ]);
  });

  it('counts instruments per access level and owner', async () => {
    const access = await getInstrumentsByAccess(temp.db);
    expect(access.owners).toEqual(['EU', 'NATO']);
    expect(access.total).toBe(9);
    expect(Object.fromEntries(access.rows.map((r) => [r.accessLevel, r.counts]))).toEqual({
      associated: { EU: 1, NATO: 1 },
      conditional: { EU: 2, NATO: 0 },
      restricted: { EU: 1, NATO: 0 },
      dialogue: { EU: 0, NATO: 2 },
      undetermined: { EU: 0, NATO: 2 },
    });
  });

  it('counts recommendations per stage, every stage listed', async () => {
    const stages = await getRecommendationsByStage(temp.db);
    expect(stages.total).toBe(10);
    expect(stages.rows).toHaveLength(7);
    expect(stages.rows[0]).toEqual({ stage: 'not-assessed', count: 10 });
    expect(stages.rows.slice(1).every((r) => r.count === 0)).toBe(true);
  });

  it('leaves retired deals and instruments out, and follows a changed stage', async () => {
    const { db } = temp;
    await db.deal.update({ where: { slug: 'hanwha-k9-romania' }, data: { retiredAt: new Date() } });
    await db.deal.update({ where: { slug: 'meteor-kf21-integration' }, data: { retiredAt: new Date() } });
    await db.instrument.update({ where: { code: 'edf' }, data: { retiredAt: new Date() } });
    await db.recommendation.update({ where: { number: 3 }, data: { stage: 'in-progress' } });
    try {
      const values = await getDealValueByCountry(db);
      expect(values.currencies[0]?.rows).toEqual([{ countryCode: 'PL', amount: 6.5e9, deals: 1 }]);
      expect(values.unvaluedTotal).toBe(4);
      const byYear = await getDealsByYear(db);
      expect(byYear.undated).toBe(2);
      // 2024 lost its only deal but stays on the axis, between 2023 and 2025.
      expect(byYear.years.map((y) => [y.year, y.total])).toEqual([[2023, 2], [2024, 0], [2025, 1]]);
      const access = await getInstrumentsByAccess(db);
      expect(access.rows.find((r) => r.accessLevel === 'restricted')?.total).toBe(0);
      const stages = await getRecommendationsByStage(db);
      expect(stages.rows.find((r) => r.stage === 'in-progress')?.count).toBe(1);
    } finally {
      await db.deal.updateMany({ data: { retiredAt: null } });
      await db.instrument.updateMany({ data: { retiredAt: null } });
      await db.recommendation.update({ where: { number: 3 }, data: { stage: 'not-assessed' } });
    }
  });
});
