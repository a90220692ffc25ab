// The API routes and /api/health, called as Next calls them, on a real SQLite file that another
// connection locks or that takes no writes: 503 with Retry-After and a clear message, never a bare
// 500, and health says which. The app's client is the test's (lib/db.ts keeps one on globalThis).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withDatabase } from '@/lib/api';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { atomFeed } from '@/lib/tracker/feed';
import { seed } from '@/prisma/seed/seed';
import { holdLock, readOnlyClient, useRollbackJournal } from '../helpers/database-locks';
import { createTempSqliteDatabase, testPostgresUrl } from '../helpers/temp-database';

const global = globalThis as unknown as { prisma?: PrismaClient };
let temp: Awaited<ReturnType<typeof createTempSqliteDatabase>>;

/** The route modules, loaded afresh on `client` as the app's database. */
async function routes(client: PrismaClient) {
  vi.resetModules();
  global.prisma = client;
  const [health, recommendation, deals] = await Promise.all([import('@/app/api/health/route'), import('@/app/api/recommendations/[number]/route'), import('@/app/api/deals/route')]);
  return {
    health: () => health.GET(),
    recommendation: (number: string) => recommendation.GET(new Request(`http://ties.test/api/recommendations/${number}`), { params: Promise.resolve({ number }) }),
    deals: () => deals.GET(new Request('http://ties.test/api/deals?format=csv')),
  };
}

beforeAll(async () => {
  temp = await createTempSqliteDatabase();
  await seed(temp.db);
});
afterAll(async () => {
  delete global.prisma;
  await temp.dispose();
});

async function expectUnavailable(response: Response, trouble: string) {
  expect(response.status).toBe(503);
  expect(response.headers.get('Retry-After')).toBe('5');
  const body = (await response.json()) as { error: string; database: string };
  expect(body.database).toBe(trouble);
  expect(body.error).toMatch(/try again/);
}

describe.skipIf(Boolean(testPostgresUrl()))('the API when the database is busy, read-only or fine (SQLite)', () => {
  it('health says ok, with the read cache’s counts', async () => {
    const api = await routes(temp.db);
    const response = await api.health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'ok' }, cache: { hits: expect.any(Number), misses: expect.any(Number) } });
  });

  it('health says busy (200 degraded, quickly) while another connection holds the write lock, and readers still read (WAL)', async () => {
    const api = await routes(temp.db);
    const hold = holdLock(temp.target.file, 'EXCLUSIVE');
    try {
      const started = performance.now();
      const response = await api.health();
      expect(performance.now() - started).toBeLessThan(1000);
      // Readers are still served, so a balancer keeps the instance; monitors see "degraded".
      expect(response.status).toBe(200);
      expect(response.headers.get('Retry-After')).toBe('5');
      expect(await response.json()).toMatchObject({ status: 'degraded', database: { status: 'busy' } });
      expect((await api.recommendation('1')).status).toBe(200);
    } finally {
      hold.release();
    }
    expect((await api.health()).status).toBe(200);
  });

  it('answers reads with 503 busy, not 500, when another process locks a file in the rollback journal', async () => {
    await temp.db.$disconnect();
    useRollbackJournal(temp.target.file);
    const hold = holdLock(temp.target.file, 'EXCLUSIVE');
    try {
      const api = await routes(temp.db);
      await expectUnavailable(await api.recommendation('1'), 'busy');
      await expectUnavailable(await api.deals(), 'busy');
      const feed = await atomFeed(new Request('http://ties.test/ko/recommendations/feed.xml'), 'ko', temp.db);
      expect(feed.status).toBe(503);
      expect(feed.headers.get('Retry-After')).toBe('5');
      expect(await feed.text()).toMatch(/다시 시도하세요/);
      const health = await api.health();
      // Locked against readers too: this instance cannot serve, so it says so.
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ database: { status: 'busy' } });
    } finally {
      hold.release();
    }
    const api = await routes(temp.db);
    expect((await api.recommendation('1')).status).toBe(200);
    expect((await api.deals()).status).toBe(200);
  });

  it('health says read-only (200 degraded) on a read-only database, which is still read', async () => {
    const readOnly = await readOnlyClient(temp.target, [temp.db]);
    try {
      const api = await routes(readOnly.client);
      const response = await api.health();
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'degraded', database: { status: 'read-only' } });
      expect((await api.recommendation('1')).status).toBe(200);
    } finally {
      await readOnly.restore();
    }
    expect((await (await routes(temp.db)).health()).status).toBe(200);
  });

  it('passes every other error on as thrown', async () => {
    const failing = withDatabase(async () => {
      throw new TypeError('a bug');
    });
    await expect(failing()).rejects.toThrow('a bug');
  });
});
