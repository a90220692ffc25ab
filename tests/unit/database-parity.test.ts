// The same reads give the same answers on SQLite and PostgreSQL: both seeded alike, with extra
// deals that test the edges (no date, no value, case, accents, shared sort keys), then every list,
// facet, total and detail read compared. Runs in the PostgreSQL run (npm run test:postgres).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DealFilters, dealSorts, emptyDealFilters } from '@/lib/filters/deals';
import { emptyInstrumentFilters, instrumentSorts } from '@/lib/filters/instruments';
import { emptyRecommendationFilters } from '@/lib/filters/recommendations';
import { emptySourceFilters, sourceSorts } from '@/lib/filters/sources';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { getDeal } from '@/lib/queries/deal-detail';
import { dealFacets, dealTotals, listAllDeals, listDeals } from '@/lib/queries/deals';
import { getInstrument, instrumentFacets, listInstruments } from '@/lib/queries/instruments';
import { getDealValueByCountry, getDealsByYear, getInstrumentsByAccess, getOverview, getRecommendationsByStage } from '@/lib/queries/overview';
import { getRecommendation, listRecommendations } from '@/lib/queries/recommendations';
import { listSources } from '@/lib/queries/sources';
import { buildSearchText } from '@/lib/search';
import { seed } from '@/prisma/seed/seed';
import { createTempPostgresDatabase, createTempSqliteDatabase, testPostgresUrl, type TempDatabase } from '../helpers/temp-database';

const serverUrl = testPostgresUrl();

/** Deals whose order and matching differ between databases if anything does. */
async function addEdgeDeals(client: PrismaClient): Promise<void> {
  const source = await client.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const titles = ['alpha lower-case', 'Alpha upper-case', 'Éclair accented', 'Zulu', 'zulu', '_underscore', '10 digits', 'Ünïcode', '한국 방산 협력'];
  for (const [i, title] of titles.entries()) {
    await client.deal.create({
      data: {
        slug: `edge-${i}`,
        title,
        system: i % 2 ? 'K9 howitzer' : 'Edge system',
        domain: i % 3 ? 'land' : 'air',
        cooperationType: i % 2 ? 'export' : 'joint-development',
        stage: i % 2 ? 'contract' : 'announced',
        partnerCountryCode: i % 2 ? 'PL' : 'RO',
        date: i % 3 === 0 ? null : new Date(Date.UTC(2024, i, 1)),
        datePrecision: i % 3 === 0 ? null : 'month',
        year: i % 3 === 0 ? null : 2024,
        valueAmount: i % 4 === 0 ? null : 1e9,
        valueCurrency: i % 4 === 0 ? null : i % 2 ? 'USD' : 'EUR',
        valueText: i % 4 === 0 ? null : 'about a billion',
        valueSourceId: i % 4 === 0 ? null : source.id,
        localisation: i % 2 === 0,
        technologyTransfer: i % 3 === 0,
        summary: 'An edge case for the database parity test.',
        searchText: buildSearchText([title, 'edge case']),
        sources: { connect: [{ id: source.id }] },
        instruments: { connect: [{ code: 'edf' }] },
      },
    });
  }
}

/** Results without the timestamps each database set when it was seeded. */
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'createdAt' || key === 'updatedAt' ? undefined : v)));
}

describe.skipIf(!serverUrl)('SQLite and PostgreSQL answer alike', () => {
  let sqlite: TempDatabase;
  let postgres: TempDatabase;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([createTempSqliteDatabase(), createTempPostgresDatabase(serverUrl as string)]);
    for (const { db } of [sqlite, postgres]) {
      await seed(db);
      await addEdgeDeals(db);
    }
  }, 120_000);
  afterAll(async () => {
    await sqlite?.dispose();
    await postgres?.dispose();
  });

  const same = async <T>(read: (client: PrismaClient) => Promise<T>) => {
    const [a, b] = await Promise.all([read(sqlite.db), read(postgres.db)]);
    expect.soft(comparable(b)).toEqual(comparable(a));
    return a;
  };

  const dealViews: Array<Partial<DealFilters>> = [
    {},
    { q: 'alpha' },
    { q: 'ÉCLAIR' },
    { q: 'k9' },
    { q: '한국' },
    { q: 'edge case', country: ['PL'] },
    { type: ['export'], localisation: 'yes' },
    { from: 2024, to: 2024, transfer: 'no' },
    { system: ['K9 howitzer', 'Edge system'], stage: ['contract'] },
  ];

  it('lists, counts and totals deals in every sort and view', async () => {
    for (const view of dealViews) {
      const filters = { ...emptyDealFilters, ...view };
      for (const sort of dealSorts) {
        const list = await same((client) => listDeals({ ...filters, sort }, client));
        if (!view.q) expect(list.total).toBeGreaterThan(0);
        await same((client) => listAllDeals({ ...filters, sort }, client));
      }
      await same((client) => dealFacets(filters, client));
      await same((client) => dealTotals(filters, client));
    }
  });

  it('reads every deal and instrument page alike', async () => {
    const slugs = (await sqlite.db.deal.findMany({ select: { slug: true } })).map((d) => d.slug);
    for (const slug of slugs) await same((client) => getDeal(slug, client));
    const codes = (await sqlite.db.instrument.findMany({ select: { code: true } })).map((i) => i.code);
    for (const code of codes) await same((client) => getInstrument(code, client));
  });

  it('lists instruments, sources and recommendations alike', async () => {
    for (const sort of instrumentSorts) await same((client) => listInstruments({ ...emptyInstrumentFilters, sort }, client));
    await same((client) => instrumentFacets({ ...emptyInstrumentFilters, q: 'korea' }, client));
    for (const sort of sourceSorts) await same((client) => listSources({ ...emptySourceFilters, sort }, client));
    await same((client) => listRecommendations(emptyRecommendationFilters, client));
    for (let number = 1; number <= 10; number += 1) await same((client) => getRecommendation(number, client));
  });

  it('draws the overview alike', async () => {
    await same((client) => getOverview(client));
    await same((client) => getDealValueByCountry(client));
    await same((client) => getDealsByYear(client));
    await same((client) => getInstrumentsByAccess(client));
    await same((client) => getRecommendationsByStage(client));
  });
});
