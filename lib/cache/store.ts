// One bounded store per process for everything kept for anonymous readers: whole pages
// (lib/cache/pages.ts) and the reads they are made of (lib/cache/read-cache.ts). Every key starts
// with the versions of the data it comes from (lib/cache/versions.ts), so nothing in it is ever
// invalidated: a save makes new keys, and the old entries age out of the LRU.
import { LRUCache } from 'lru-cache';

/** TIES_PAGE_CACHE_MB as bytes: 0 turns the cache off; a value that is no number of MB is ignored. */
export function cacheBytes(setting: string | undefined): number {
  const mb = setting === undefined || setting.trim() === '' ? 64 : Number(setting);
  if (!Number.isFinite(mb) || mb < 0) {
    console.warn(`TIES_PAGE_CACHE_MB=${JSON.stringify(setting)} is not a size in MB; using 64`);
    return 64 * 1024 * 1024;
  }
  return Math.floor(mb * 1024 * 1024);
}

type Entry = { value: unknown; size: number };
export type Counts = { hits: number; misses: number };
type Store = { entries: LRUCache<string, Entry> | null; reads: Counts; pages: Counts };

// One store per process, whichever bundle (the proxy, pages, route handlers, instrumentation)
// imports this module: each has its own copy of the module, but they share globalThis.
const global = globalThis as unknown as { tiesCache?: Store };
const store: Store = (global.tiesCache ??= (() => {
  const maxSize = cacheBytes(process.env.TIES_PAGE_CACHE_MB);
  return {
    entries: maxSize > 0 ? new LRUCache<string, Entry>({ maxSize, sizeCalculation: (entry) => entry.size }) : null,
    reads: { hits: 0, misses: 0 },
    pages: { hits: 0, misses: 0 },
  };
})());

/** Whether anything is kept at all (TIES_PAGE_CACHE_MB=0 turns it off, so uncached figures can be measured). */
export const cacheOn = (): boolean => store.entries !== null;

export function cacheGet<T>(key: string): T | undefined {
  return store.entries?.get(key)?.value as T | undefined;
}

/** Keeps `value`, counted as `size` bytes against TIES_PAGE_CACHE_MB. */
export function cacheSet(key: string, value: unknown, size: number): void {
  store.entries?.set(key, { value, size: key.length + size });
}

/** This instance's counts, reported by /api/health so an operator (and the tests) can see the cache work. */
export const cacheStats = { reads: store.reads, pages: store.pages };
