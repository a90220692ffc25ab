// Moving a SQLite database into PostgreSQL (npm run db:copy-to-postgres), against a real server:
// every row arrives, the check notices any difference, and ids continue where SQLite left off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresTarget, SqliteTarget } from '@/lib/database-url';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/prisma-client';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { createSession } from '@/lib/auth/sessions';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { copyToPostgres, type CopyReport } from '@/prisma/scripts/copy-to-postgres';
import { databaseDigest, differingTables } from '@/prisma/scripts/database-digest';
import { seed } from '@/prisma/seed/seed';
import { createEmptyPostgresDatabase, createTempSqliteDatabase, testPostgresUrl, type TempDatabase } from '../helpers/temp-database';

const serverUrl = testPostgresUrl();

describe.skipIf(!serverUrl)('copyToPostgres', () => {
  let sqlite: TempDatabase & { target: SqliteTarget };
  let target: PostgresTarget;
  let drop: () => Promise<void>;
  let postgres: PrismaClient;
  let report: CopyReport;

  beforeAll(async () => {
    sqlite = await createTempSqliteDatabase();
    await seed(sqlite.db);
    // Tracker state, a user and a session: dates, booleans and nulls of every kind to carry over.
    const user = await sqlite.db.user.create({ data: { email: 'e@example.org', name: 'Ed Itor', passwordHash: 'x', role: 'editor' } });
    await createSession(sqlite.db, user.id);
    await sqlite.db.signInAttempt.create({ data: { email: 'e@example.org', succeeded: false } });
    const change = recommendationChangeSchema.parse({ expectedVersion: 1, stage: 'in-progress', doneMilestones: [], note: 'Moved before the copy.' });
    expect(await applyRecommendationChange(sqlite.db, user, 4, change)).toMatchObject({ ok: true });
    // A release: its files' bytes (a BLOB in SQLite, bytea in PostgreSQL) must arrive unchanged.
    await sqlite.db.release.create({
      data: { version: '2026.1', title: 'Ties 2026.1', publishedAt: new Date('2026-12-01T10:00:00Z'), changelog: 'Before the copy.', publishedBy: 'Ed Itor', files: { create: [{ name: 'a.bin', mediaType: 'application/octet-stream', bytes: new Uint8Array([0, 1, 254, 255]), sha256: 'x', size: 4 }] } },
    });

    const database = await createEmptyPostgresDatabase(serverUrl as string);
    drop = database.drop;
    target = { provider: 'postgresql', url: database.url };
    report = await copyToPostgres(sqlite.target, target);
    postgres = createPrismaClient(target);
  });

  afterAll(async () => {
    await postgres?.$disconnect();
    await drop?.();
    await sqlite?.dispose();
  });

  it('copies every table with the same row counts and content', () => {
    expect(report.differing).toEqual([]);
    expect(report.target).toEqual(report.source);
    const rows = Object.fromEntries(report.source.map((d) => [d.table, d.rows]));
    expect(rows).toMatchObject({ Recommendation: 10, User: 1, Session: 1, SignInAttempt: 1, HistoryEntry: 1, Release: 1, ReleaseFile: 1 });
    expect(rows.Deal).toBeGreaterThan(0);
    expect(rows._DealToSource).toBeGreaterThan(0);
  });

  it('carries tracker state over as the app reads it', async () => {
    const rec = await postgres.recommendation.findUniqueOrThrow({ where: { number: 4 }, include: { history: true } });
    expect(rec).toMatchObject({ stage: 'in-progress', version: 2, history: [{ kind: 'stage', note: 'Moved before the copy.' }] });
    expect(rec.lastReviewedAt).toBeInstanceOf(Date);
  });

  it('carries a release’s files byte for byte', async () => {
    const file = await postgres.releaseFile.findFirstOrThrow({ where: { name: 'a.bin' } });
    expect([...file.bytes]).toEqual([0, 1, 254, 255]);
  });

  it('lets new rows take the next ids', async () => {
    const last = await postgres.source.aggregate({ _max: { id: true } });
    const created = await postgres.source.create({ data: { slug: 'after-the-copy', kind: 'report', title: 'Written after the copy' } });
    expect(created.id).toBe((last._max.id ?? 0) + 1);
    await postgres.source.delete({ where: { id: created.id } });
  });

  it('refuses to copy into a database that holds data', async () => {
    await expect(copyToPostgres(sqlite.target, target)).rejects.toThrow(/already holds data/);
  });

  it('notices a single changed value', async () => {
    const deal = await postgres.deal.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await postgres.deal.update({ where: { id: deal.id }, data: { title: `${deal.title} ` } });
    const differing = differingTables(await databaseDigest(sqlite.db, 'sqlite'), await databaseDigest(postgres, 'postgresql'));
    expect(differing).toContain('Deal');
  });
});
