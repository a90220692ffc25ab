// What the readers' cache keys on, how big it may grow, and the reads it never serves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argumentsKey } from '@/lib/cache/arguments';
import { cachedRead, readKey } from '@/lib/cache/read-cache';
import { cacheBytes, cacheStats } from '@/lib/cache/store';
import { dataVersions } from '@/lib/cache/versions';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

describe('readKey', () => {
  const key = (versions: { register: number; tracker: number }, tags: Array<'register' | 'tracker'> = ['register'], args: unknown[] = [{ country: ['PL'] }]) =>
    readKey('deals.list', tags, versions, argumentsKey(args)!);

  it('changes when a tag the read depends on moves, and only then', () => {
    expect(key({ register: 1, tracker: 1 })).not.toBe(key({ register: 2, tracker: 1 }));
    expect(key({ register: 1, tracker: 1 })).toBe(key({ register: 1, tracker: 9 }));
    expect(key({ register: 1, tracker: 1 }, ['register', 'tracker'])).not.toBe(key({ register: 1, tracker: 9 }, ['register', 'tracker']));
  });

  it('changes with the read and its arguments', () => {
    expect(key({ register: 1, tracker: 1 })).not.toBe(key({ register: 1, tracker: 1 }, ['register'], [{ country: ['RO'] }]));
    expect(readKey('deals.list', ['register'], { register: 1, tracker: 1 }, '[]')).not.toBe(readKey('deals.facets', ['register'], { register: 1, tracker: 1 }, '[]'));
  });
});

describe('cacheBytes (TIES_PAGE_CACHE_MB)', () => {
  it('is 64 MB unless set, 0 to turn the cache off, and any size in MB', () => {
    expect([cacheBytes(undefined), cacheBytes(''), cacheBytes('0'), cacheBytes('0.5'), cacheBytes('128')]).toEqual([64 * 2 ** 20, 64 * 2 ** 20, 0, 2 ** 19, 128 * 2 ** 20]);
  });

  it('ignores a value that is no size, rather than failing every page', () => {
    for (const bad of ['lots', '-1', 'Infinity', '1e400']) expect(cacheBytes(bad), bad).toBe(64 * 2 ** 20);
  });
});

describe('cachedRead', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db);
  });
  afterAll(() => temp.dispose());

  it('always reads through a client it is given, and outside a request', async () => {
    let reads = 0;
    const count = cachedRead('test.count', ['register'], async (client: typeof temp.db) => {
      reads += 1;
      return client.deal.count();
    });
    const before = { ...cacheStats.reads };
    expect(await count(temp.db)).toBe(await count(temp.db));
    expect(reads).toBe(2);
    expect(cacheStats.reads).toEqual(before);
  });

  it('keys a call on its arguments without the shared client, and gives none to a call with another client', async () => {
    const { db } = await import('@/lib/db');
    expect(argumentsKey([{ country: ['PL'] }, db])).toBe('[{"country":["PL"]}]');
    expect(argumentsKey([{ country: ['PL'] }, temp.db])).toBeNull();
  });

  it('reads the versions a save moves', async () => {
    const before = await dataVersions(temp.db);
    const recommendation = await temp.db.recommendation.findFirstOrThrow();
    await temp.db.historyEntry.create({ data: { recommendationId: recommendation.id, version: recommendation.version, kind: 'review', note: 'test', authorName: 'Test' } });
    const after = await dataVersions(temp.db);
    expect(after.tracker).toBeGreaterThan(before.tracker);
    expect(after.register).toBe(before.register);
  });
});
