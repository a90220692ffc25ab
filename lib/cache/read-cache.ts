// Reads for anonymous readers, kept in this instance's memory under the version of the data they
// come from. The versions are read from the database once per request (two index-only lookups), so
// a save made through any instance changes every key at once: no instance can serve data older than
// the last save, and nothing needs to be told to invalidate. Pages are always rendered in-process
// from these reads; nothing is fetched from this server over HTTP, whatever address it is bound to.
// (Next's own 'use cache' keeps entries per instance and is invalidated by a tag in that instance
// only, so a save through another instance would leave it stale: the version key is what we need.)
import { LRUCache } from 'lru-cache';
import { cache } from 'react';
import { currentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { argumentsKey } from './arguments';

/**
 * What a read depends on. `register`: deals, instruments, organisations, countries, key figures and
 * sources (every editor save writes a Revision). `tracker`: the recommendations (every tracker save
 * writes a HistoryEntry). A save bumps only its own tag.
 */
export type Tag = 'register' | 'tracker';
export type Versions = Record<Tag, number>;

/** The current version of each tag: the newest revision and the newest tracker history entry. */
export async function dataVersions(client: PrismaClient = db): Promise<Versions> {
  const [row] = await client.$queryRawUnsafe<Array<{ register: number | bigint | null; tracker: number | bigint | null }>>(
    'SELECT (SELECT max("id") FROM "Revision") AS "register", (SELECT max("id") FROM "HistoryEntry") AS "tracker"',
  );
  return { register: Number(row?.register ?? 0), tracker: Number(row?.tracker ?? 0) };
}

/** TIES_PAGE_CACHE_MB as bytes: 0 turns the cache off; a value that is no number of MB is ignored. */
export function cacheBytes(setting: string | undefined): number {
  const mb = setting === undefined || setting.trim() === '' ? 64 : Number(setting);
  if (!Number.isFinite(mb) || mb < 0) {
    console.warn(`TIES_PAGE_CACHE_MB=${JSON.stringify(setting)} is not a size in MB; using 64`);
    return 64 * 1024 * 1024;
  }
  return Math.floor(mb * 1024 * 1024);
}

/** The key of one read: the versions of its tags, its name and its arguments' key (see argumentsKey). */
export function readKey(name: string, tags: readonly Tag[], versions: Versions, argsKey: string): string {
  return `${tags.map((t) => `${t}:${versions[t]}`).join(',')}|${name}|${argsKey}`;
}

type Entry = { value: unknown; size: number };
type Store = { entries: LRUCache<string, Entry> | null; stats: { hits: number; misses: number } };

// One store per process, whichever bundle (pages, route handlers) imports this module.
const global = globalThis as unknown as { tiesReadCache?: Store };
const store: Store = (global.tiesReadCache ??= (() => {
  const maxSize = cacheBytes(process.env.TIES_PAGE_CACHE_MB);
  return { entries: maxSize > 0 ? new LRUCache<string, Entry>({ maxSize, sizeCalculation: (entry) => entry.size }) : null, stats: { hits: 0, misses: 0 } };
})());

/** This instance's counts, reported by /api/health so an operator (and the tests) can see the cache work. */
export const readCacheStats = store.stats;

// Once per request. Outside a request (scripts, tests) there are no cookies: nothing is cached.
const readerVersions = cache(async (): Promise<Versions | null> => {
  if (!store.entries) return null;
  try {
    // Editors always read the database itself. A bogus or expired session cookie is no session.
    if (await currentUser()) return null;
  } catch {
    return null;
  }
  return dataVersions();
});

/**
 * `read`, cached for readers under the versions of `tags`, with the same signature. A call that is
 * given a client other than the shared one (a test's database, a transaction) always runs `read`.
 * Callers must treat the result as read-only: one object serves every reader until the data changes.
 */
export function cachedRead<A extends unknown[], R>(name: string, tags: readonly Tag[], read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    const entries = store.entries;
    const argsKey = argumentsKey(args);
    if (!entries || argsKey === null) return read(...args);
    const versions = await readerVersions();
    if (!versions) return read(...args);
    const key = readKey(name, tags, versions, argsKey);
    const hit = entries.get(key);
    if (hit) {
      store.stats.hits += 1;
      return hit.value as R;
    }
    store.stats.misses += 1;
    const value = await read(...args);
    // Sized by its JSON: a deals page's reads are ~60 kB; the bound is what TIES_PAGE_CACHE_MB sets.
    entries.set(key, { value, size: key.length + sizeOf(value) });
    return value;
  };
}

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 64 * 1024; // a value JSON cannot write (a BigInt): counted as a large page's reads
  }
}

