// Reads for anonymous readers, kept in this instance's memory under the version of the data they
// come from (lib/cache/versions.ts). Whole pages are kept too (lib/cache/pages.ts); these reads are
// what a page that is not kept yet is rendered from, and they are shared between pages: the view's
// facets, counts and charts are the same reads on /deals, its chart view and its embed.
import { cache } from 'react';
import { currentUser } from '@/lib/auth/current-user';
import { argumentsKey } from './arguments';
import { cacheGet, cacheOn, cacheSet, cacheStats } from './store';
import { type Tag, type Versions, dataVersions } from './versions';

/** The key of one read: the versions of its tags, its name and its arguments' key (see argumentsKey). */
export function readKey(name: string, tags: readonly Tag[], versions: Versions, argsKey: string): string {
  return `read|${tags.map((t) => `${t}:${versions[t]}`).join(',')}|${name}|${argsKey}`;
}

// Once per request. Outside a request (scripts, tests) there are no cookies: nothing is cached.
const readerVersions = cache(async (): Promise<Versions | null> => {
  if (!cacheOn()) return null;
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
    const argsKey = cacheOn() ? argumentsKey(args) : null;
    if (argsKey === null) return read(...args);
    const versions = await readerVersions();
    if (!versions) return read(...args);
    const key = readKey(name, tags, versions, argsKey);
    const hit = cacheGet<R>(key);
    if (hit !== undefined) {
      cacheStats.reads.hits += 1;
      return hit;
    }
    cacheStats.reads.misses += 1;
    const value = await read(...args);
    // Sized by its JSON: a deals page's reads are ~60 kB; the bound is what TIES_PAGE_CACHE_MB sets.
    cacheSet(key, value, sizeOf(value));
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
