// Facet counts, totals and filtering against a real, seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DealFilters, emptyDealFilters } from '@/lib/filters/deals';
import { dealFacets, dealOrderBy, dealTotals, listAllDeals, listDeals, providerOf } from '@/lib/queries/deals';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase, testPostgresUrl } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const view = (f: Partial<DealFilters>) => ({ ...emptyDealFilters, ...f });
const count = (values: Array<{ value: string; count: number }>, value: string) => values.find((v) => v.value === value)?.count ?? 0;

describe('listDeals', () => {
  it('finds K2 deals with Poland', async () => {
    const { rows, total } = await listDeals(view({ country: ['PL'], system: ['K2 tank'] }), temp.db);
    expect(total).toBe(2);
    expect(rows.map((r) => r.slug).sort()).toEqual(['hyundai-rotem-k2-poland-2025', 'poland-k2-derived-tank-co-production']);
  });

  it('searches case- and accent-insensitively across titles, systems and organisations', async () => {
    const slugs = async (q: string) => (await listAllDeals(view({ q }), temp.db)).map((r) => r.slug);
    expect(await slugs('BORAMAE')).toEqual(['meteor-kf21-integration']);
    expect(await slugs('kf21')).toEqual(await slugs('KF-21'));
    expect(await slugs('hanwha')).toHaveLength(2);
    expect(await slugs('Hánwhá')).toHaveLength(2);
    expect(await slugs('no such thing')).toEqual([]);
  });

  it('sorts values within their currency, largest first, deals without a value last', async () => {
    const rows = await listAllDeals(view({ sort: '-value' }), temp.db);
    expect(rows.slice(0, 2).map((r) => r.valueAmount)).toEqual([6.5e9, 1e9]);
    expect(rows.slice(2).every((r) => r.valueAmount === null)).toBe(true);
  });

  it('lists newest first with undated deals last, the plain order on SQLite agreeing with the spelled-out one', async () => {
    expect(providerOf(temp.db)).toBe(testPostgresUrl() ? 'postgresql' : 'sqlite');
    const rows = await listAllDeals(view({}), temp.db);
    const dated = rows.filter((r) => r.date !== null);
    expect(dated.length).toBeGreaterThan(1);
    expect(rows.slice(dated.length).every((r) => r.date === null)).toBe(true);
    expect(dated.map((r) => r.date!.getTime())).toEqual(dated.map((r) => r.date!.getTime()).sort((a, b) => b - a));
    // The fast form (for SQLite) and the portable one (NULLs last in words) give the same rows.
    const slugs = async (provider?: string) => (await temp.db.deal.findMany({ orderBy: dealOrderBy('-date', provider), select: { slug: true } })).map((d) => d.slug);
    if (!testPostgresUrl()) expect(await slugs('sqlite')).toEqual(await slugs(undefined));
    expect(await slugs(providerOf(temp.db))).toEqual(rows.map((r) => r.slug));
  });

  it('filters by year range, leaving undated deals out', async () => {
    const rows = await listAllDeals(view({ from: 2024 }), temp.db);
    expect(rows.map((r) => r.year).sort()).toEqual([2024, 2025]);
  });

  it('clamps a page past the end to the last page', async () => {
    const { page, pageCount, rows } = await listDeals(view({ page: 99 }), temp.db);
    expect(page).toBe(pageCount);
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('dealFacets', () => {
  it('counts within the view, each facet ignoring its own filter', async () => {
    const all = await dealFacets(view({}), temp.db);
    expect(count(all.country, 'PL')).toBe(3);
    expect(count(all.country, 'KR')).toBe(3);
    expect(count(all.type, 'export')).toBe(2);

    const poland = await dealFacets(view({ country: ['PL'] }), temp.db);
    // Other facets narrow to Poland…
    expect(count(poland.type, 'export')).toBe(1);
    expect(count(poland.type, 'licensed-production')).toBe(2);
    expect(count(poland.organisation, 'korea-aerospace-industries')).toBe(0);
    // …while the country facet still offers the other countries.
    expect(count(poland.country, 'RO')).toBe(1);
    expect(count(poland.localisation, 'yes')).toBe(3);
  });
});

describe('dealTotals', () => {
  it('sums per currency and counts deals without a stated value separately', async () => {
    expect(await dealTotals(view({}), temp.db)).toEqual({ perCurrency: [{ currency: 'USD', amount: 7.5e9, deals: 2 }], withoutValue: 5 });
    expect(await dealTotals(view({ country: ['PL'] }), temp.db)).toEqual({
      perCurrency: [{ currency: 'USD', amount: 6.5e9, deals: 1 }],
      withoutValue: 2,
    });
  });

  it('never adds different currencies together', async () => {
    await temp.db.deal.update({ where: { slug: 'poland-k9-co-production' }, data: { valueAmount: 2e9, valueCurrency: 'EUR', valueText: '€2 billion' } });
    const totals = await dealTotals(view({ country: ['PL'] }), temp.db);
    expect(totals.perCurrency).toEqual([
      { currency: 'EUR', amount: 2e9, deals: 1 },
      { currency: 'USD', amount: 6.5e9, deals: 1 },
    ]);
    expect(totals.withoutValue).toBe(1);
  });
});

describe('sorting by system and cooperation type', () => {
  it('orders rows by the column, then by title', async () => {
    const bySystem = await listAllDeals(view({ sort: 'system' }), temp.db);
    const systems = bySystem.map((r) => r.system);
    expect(systems).toEqual([...systems].sort());
    const byType = await listAllDeals(view({ sort: '-type' }), temp.db);
    expect(byType[0]?.cooperationType).toBe('systems-integration');
  });
});
