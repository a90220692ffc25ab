// The site-wide search against a real, seeded SQLite file: each kind matched as its own list
// matches it, in English and Korean, hyphens and accents ignored, a few shown and all counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDealFilters } from '@/lib/filters/deals';
import { listDeals } from '@/lib/queries/deals';
import { SEARCH_SHOWN, searchEverything } from '@/lib/queries/site-search';
import { parseSeed, seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const data = parseSeed();

describe('searchEverything', () => {
  it('finds KF-21 deals by "kf21", through the deals list’s own search', async () => {
    const found = await searchEverything('kf21', temp.db);
    const list = await listDeals({ ...emptyDealFilters, q: 'kf21' }, temp.db);
    expect(found?.deals.total).toBe(list.total);
    expect(found?.deals.total).toBeGreaterThan(0);
    expect(found?.deals.items.map((d) => d.slug)).toEqual(list.rows.slice(0, SEARCH_SHOWN).map((d) => d.slug));
  });

  it('finds an organisation and a country by their Korean names, and a country by its code', async () => {
    expect((await searchEverything('현대로템', temp.db))?.organisations.items.map((o) => o.slug)).toEqual(['hyundai-rotem']);
    const poland = await searchEverything('폴란드', temp.db);
    expect(poland?.countries.items.map((c) => c.code)).toEqual(['PL']);
    expect(poland?.deals.total).toBe(data.deals.filter((d) => d.partnerCountry === 'PL').length);
    expect((await searchEverything('pl', temp.db))?.countries.items.map((c) => c.code)).toContain('PL');
  });

  it('finds instruments by their access notes, recommendations and sources by their words', async () => {
    const found = await searchEverything('SAFE', temp.db);
    expect(found?.instruments.items.map((i) => i.code)).toContain('safe');
    const korea = await searchEverything('Korea', temp.db);
    expect(korea?.recommendations.total).toBeGreaterThan(0);
    expect(korea?.sources.total).toBeGreaterThan(0);
  });

  it('shows a few of each kind and counts them all', async () => {
    const found = await searchEverything('Korea', temp.db);
    for (const kind of ['deals', 'instruments', 'recommendations', 'sources', 'organisations', 'countries'] as const) {
      expect(found?.[kind].items.length).toBe(Math.min(SEARCH_SHOWN, found?.[kind].total ?? -1));
    }
  });

  it('searches nothing for a query with no words, and finds nothing for nonsense', async () => {
    expect(await searchEverything('  --- ', temp.db)).toBeNull();
    const none = await searchEverything('zzqxv', temp.db);
    expect([none?.deals.total, none?.instruments.total, none?.recommendations.total, none?.sources.total, none?.organisations.total, none?.countries.total]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
