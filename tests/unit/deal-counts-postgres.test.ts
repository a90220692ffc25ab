// PostgreSQL's kept counts (prisma/scripts/deal-counts-postgres.ts): after every kind of write the
// triggers kept, they equal what the fill statement counts from the rows (run in a transaction that
// is rolled back). Only with a PostgreSQL server (npm run test:postgres).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DEAL_COUNTS_POSTGRES_FILL_SQL } from '@/prisma/scripts/deal-counts-postgres';
import { seed } from '@/prisma/seed/seed';
import { createTempPostgresDatabase, testPostgresUrl } from '../helpers/temp-database';

const serverUrl = testPostgresUrl();

describe.skipIf(!serverUrl)('the kept counts on PostgreSQL', () => {
  let temp: Awaited<ReturnType<typeof createTempPostgresDatabase>>;
  beforeAll(async () => {
    temp = await createTempPostgresDatabase(serverUrl as string);
    await seed(temp.db);
  }, 60_000);
  afterAll(() => temp?.dispose());

  /** The kept rows (a count of 0 may stay: it is never read), and the same counted afresh. */
  async function keptAndRecounted() {
    const client = new pg.Client({ connectionString: temp.target.url });
    await client.connect();
    const read = async () =>
      Promise.all(
        ['SELECT "column", "value", "column2", "value2", "count" FROM "DealFacetCount"', 'SELECT "column", "value", "organisationId", "count" FROM "DealLinkCount"'].map(async (sql) =>
          (await client.query({ text: `${sql} WHERE "count" <> 0`, rowMode: 'array' })).rows.map((r: unknown[]) => r.join('|')).sort(),
        ),
      );
    try {
      const kept = await read();
      await client.query('BEGIN');
      await client.query(DEAL_COUNTS_POSTGRES_FILL_SQL);
      const recounted = await read();
      await client.query('ROLLBACK');
      return { kept, recounted };
    } finally {
      await client.end();
    }
  }

  it('stay equal to a recount through inserts, changes, retirements, deletes and link moves', async () => {
    const first = await keptAndRecounted();
    expect(first.kept[0]!.length).toBeGreaterThan(10);
    expect(first.kept).toEqual(first.recounted);
    const db = temp.db;
    const { id: templateId, ...fields } = await db.deal.findFirstOrThrow({ where: { retiredAt: null }, omit: { slug: true } });
    const created = await db.deal.create({ data: { ...fields, slug: 'counts-probe', year: 1951, localisation: null, technologyTransfer: true, stage: null } });
    const [a, b] = await db.organisation.findMany({ where: { deals: { none: { dealId: templateId } } }, select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    await db.dealOrganisation.createMany({ data: [{ dealId: created.id, organisationId: a!.id, role: 'prime-contractor' }, { dealId: created.id, organisationId: b!.id, role: 'partner' }] });
    await db.deal.update({ where: { id: created.id }, data: { system: 'Counts probe', domain: 'space' } });
    await db.deal.update({ where: { id: templateId }, data: { retiredAt: new Date() } });
    await db.dealOrganisation.update({ where: { dealId_organisationId: { dealId: created.id, organisationId: b!.id } }, data: { dealId: templateId } });
    const middle = await keptAndRecounted();
    expect(middle.kept).toEqual(middle.recounted);
    await db.deal.update({ where: { id: templateId }, data: { retiredAt: null, year: null } });
    await db.dealOrganisation.deleteMany({ where: { dealId: templateId, organisationId: b!.id } });
    await db.deal.delete({ where: { id: created.id } });
    const last = await keptAndRecounted();
    expect(last.kept).toEqual(last.recounted);
    expect(last.kept).not.toEqual(first.kept);
  });
});
