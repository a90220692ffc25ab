// A database that is locked by another process, read-only or not a database at all: saves are refused
// quickly as busy / read-only, nothing is written, the process is not frozen meanwhile, and a form
// gets its own state back with the reason in the reader's language. SQLite only (PostgreSQL's
// equivalents are classified by lib/db-errors.ts from their SQLSTATE).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { redirect } from 'next/navigation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orRefused } from '@/lib/actions/database-refusal';
import { databaseTarget } from '@/lib/database-url';
import { databaseTrouble } from '@/lib/db-errors';
import { databaseState, readableNow } from '@/lib/db-health';
import { dealEditor } from '@/lib/records/deal';
import { saveRecord } from '@/lib/editing/save';
import { translatorFor } from '@/lib/i18n/translator';
import { createPrismaClient } from '@/lib/prisma-client';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { seed } from '@/prisma/seed/seed';
import { holdLock, measured, readOnlyClient, useRollbackJournal } from '../helpers/database-locks';
import { createTempSqliteDatabase, testPostgresUrl } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempSqliteDatabase>>;
beforeAll(async () => {
  temp = await createTempSqliteDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const eda = { id: null, name: 'Eda Editor' };
const inKorean = async (key: 'busy' | 'readOnly' | 'unreachable') => translatorFor('ko', 'database')(key);

let saves = 0;

/** A save of the first deal with a new title, as the form sends it; and what the database holds of it. */
async function dealSave() {
  const deal = await temp.db.deal.findFirstOrThrow({ orderBy: { id: 'asc' } });
  saves += 1;
  const values = { ...dealEditor.toValues((await dealEditor.load(temp.db, deal.slug))!), title: `A save made while the database was locked (${saves})` };
  const state = async () => ({ version: (await temp.db.deal.findUniqueOrThrow({ where: { id: deal.id } })).version, revisions: await temp.db.revision.count() });
  return { save: (client = temp.db) => saveRecord(client, dealEditor, { key: deal.slug, expectedVersion: deal.version, values, note: 'Locked save', author: eda }), values, state };
}

describe.skipIf(Boolean(testPostgresUrl()))('a save while another connection holds the lock (SQLite)', () => {
  it.each(['IMMEDIATE', 'EXCLUSIVE'] as const)('is refused as busy within a second under BEGIN %s, blocking the event loop briefly, and writes nothing', async (kind) => {
    const { save, state } = await dealSave();
    const before = await state();
    const hold = holdLock(temp.target.file, kind);
    try {
      const { outcome, ms, blockedMs } = await measured(() => save());
      console.info(`save under BEGIN ${kind}: refused after ${ms.toFixed(0)} ms; event loop blocked at most ${blockedMs.toFixed(0)} ms`);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(databaseTrouble(outcome.error)).toBe('busy');
      expect(ms).toBeLessThan(1000);
      expect(blockedMs).toBeLessThan(150);
      // The file is in WAL mode (lib/prisma-client.ts): reads go on while the other holds its lock.
      expect(await temp.db.deal.count()).toBeGreaterThan(0);
    } finally {
      hold.release();
    }
    expect(await state()).toEqual(before);
    await expect(save()).resolves.toMatchObject({ ok: true });
  });

  it('refuses a recommendation change as busy too, and the form gets its own state back in the reader’s language', async () => {
    const user = await temp.db.user.create({ data: { email: 'busy@ties.test', name: 'Bo Busy', passwordHash: 'x', role: 'editor' } });
    const rec = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 2 } });
    const typed = { note: 'Reviewed while locked', stage: 'in-progress' };
    const hold = holdLock(temp.target.file, 'IMMEDIATE');
    try {
      type State = { status: 'saved' | 'error'; message: string; values: Record<string, string> };
      const state = await orRefused<State>(
        async () => {
          await applyRecommendationChange(temp.db, { id: user.id, name: user.name }, 2, { expectedVersion: rec.version, note: typed.note });
          return { status: 'saved', message: 'saved', values: {} };
        },
        (message) => ({ status: 'error', message, values: typed }),
        inKorean,
      );
      expect(state).toEqual({ status: 'error', message: translatorFor('ko', 'database')('busy'), values: typed });
    } finally {
      hold.release();
    }
    expect((await temp.db.recommendation.findUniqueOrThrow({ where: { number: 2 } })).version).toBe(rec.version);
  });

  it('health under this process’s own import says busy without waiting out the lock', async () => {
    const hold = holdLock(temp.target.file, 'IMMEDIATE');
    try {
      const probed = await measured(() => databaseState({ client: temp.db }));
      const told = await measured(() => databaseState({ client: temp.db, writerHere: true }));
      expect(probed.outcome).toEqual({ ok: true, value: { status: 'busy', readable: true } });
      expect(told.outcome).toEqual({ ok: true, value: { status: 'busy', readable: true } });
      // The probe waits the busy timeout with the event loop stopped; being told does not.
      console.info(`health under a held lock: probed ${probed.blockedMs.toFixed(0)} ms blocked, told ${told.blockedMs.toFixed(0)} ms`);
      expect(told.blockedMs).toBeLessThan(probed.blockedMs);
    } finally {
      hold.release();
    }
  });

  it('lets every other error, and a redirect, through as thrown', async () => {
    await expect(orRefused(() => Promise.reject(new Error('a bug')), () => 'refused', inKorean)).rejects.toThrow('a bug');
    await expect(orRefused(async () => redirect('/deals'), () => 'refused', inKorean)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    const duplicate = await temp.db.user.create({ data: { email: 'busy@ties.test', name: 'Again', passwordHash: 'x', role: 'editor' } }).catch((error: unknown) => error);
    expect(databaseTrouble(duplicate)).toBeNull();
  });
});

describe.skipIf(Boolean(testPostgresUrl()))('a file in the rollback journal under another process’s exclusive lock (SQLite)', () => {
  it('refuses reads quickly as busy instead of freezing the process for as long as the lock is held', async () => {
    const other = await createTempSqliteDatabase();
    await other.db.$disconnect();
    useRollbackJournal(other.target.file);
    const hold = holdLock(other.target.file, 'EXCLUSIVE');
    const client = createPrismaClient(other.target);
    try {
      // The first query of a new client also runs its settings (lib/prisma-client.ts), each waiting
      // out the busy timeout here, and loads Prisma's query compiler: a one-off, bounded all the same.
      const first = await measured(() => client.deal.count());
      console.info(`first read under another process's exclusive lock: refused after ${first.ms.toFixed(0)} ms; event loop blocked at most ${first.blockedMs.toFixed(0)} ms`);
      expect(first.outcome.ok).toBe(false);
      expect(first.ms).toBeLessThan(1000);
      const { outcome, ms, blockedMs } = await measured(() => client.deal.count());
      console.info(`read under another process's exclusive lock: refused after ${ms.toFixed(0)} ms; event loop blocked at most ${blockedMs.toFixed(0)} ms`);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(databaseTrouble(outcome.error)).toBe('busy');
      expect(ms).toBeLessThan(1000);
      expect(blockedMs).toBeLessThan(150);
      expect((await databaseState({ client })).status).toBe('busy');
    } finally {
      hold.release();
      await client.$disconnect();
      await other.dispose();
    }
  });
});

describe.skipIf(Boolean(testPostgresUrl()))('a read-only database (SQLite)', () => {
  it('is read, reported read-only, and a save is refused with the read-only message and writes nothing', async () => {
    const { save, values, state } = await dealSave();
    const before = await state();
    const readOnly = await readOnlyClient(temp.target, [temp.db]);
    try {
      console.info(`read-only database: ${readOnly.how}`);
      expect(await readOnly.client.deal.count()).toBeGreaterThan(0);
      expect((await databaseState({ client: readOnly.client })).status).toBe('read-only');
      const formState = await orRefused<{ saved?: unknown; refused?: string; values?: unknown }>(
        async () => ({ saved: await save(readOnly.client) }),
        (message) => ({ refused: message, values }),
        async (key) => translatorFor('en', 'database')(key),
      );
      expect(formState).toEqual({ refused: translatorFor('en', 'database')('readOnly'), values });
    } finally {
      await readOnly.restore();
    }
    expect(await state()).toEqual(before);
    expect((await databaseState({ client: temp.db })).status).toBe('ok');
  });
});

describe('readableNow (the proxy asks it before each page)', () => {
  it('asks the database at most once per interval, and says so when it cannot be read', async () => {
    let reads = 0;
    // A client that only counts: the interval is what is under test, not the database.
    const counting = { recommendation: { findFirst: async () => ((reads += 1), null) } } as never;
    expect(await readableNow({ client: counting, now: 1_000_000, everyMs: 1000 })).toBe(true);
    expect(await readableNow({ client: counting, now: 1_000_500, everyMs: 1000 })).toBe(true);
    expect(reads).toBe(1);
    expect(await readableNow({ client: temp.db, now: 1_002_000 })).toBe(true);
  });
});

describe.skipIf(Boolean(testPostgresUrl()))('a file that is not a database (SQLite)', () => {
  it('is reported unreachable', async () => {
    const target = databaseTarget({ DATABASE_URL: `file:${path.join(path.dirname(temp.target.file), 'garbage.db')}` });
    writeFileSync(target.file, 'This is not a SQLite database, whatever its name says.'.repeat(100));
    const client = createPrismaClient(target);
    try {
      const error = await client.deal.count().catch((e: unknown) => e);
      expect(databaseTrouble(error)).toBe('unreachable');
      expect((await databaseState({ client })).status).toBe('unreachable');
      // The proxy would answer pages 503, and ask again a second later.
      expect(await readableNow({ client, now: 2_000_000 })).toBe(false);
      expect(await readableNow({ client: temp.db, now: 2_000_500 })).toBe(false);
      expect(await readableNow({ client: temp.db, now: 2_001_500 })).toBe(true);
    } finally {
      await client.$disconnect();
    }
  });
});
