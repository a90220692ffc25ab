// Rendered pages for anonymous readers, cached in each instance's memory and keyed by the version of
// the data they show. The versions are read from the database on every request (two index-only
// lookups), so a save made through any instance changes the key everywhere at once: no instance can
// serve a page older than the last save, and nothing needs to be told to invalidate.
import { LRUCache } from 'lru-cache';
import { db } from '@/lib/db';

/**
 * What a page's data depends on. `register`: deals, instruments, organisations, countries, key
 * figures and sources (every editor save writes a Revision). `tracker`: the recommendations (every
 * tracker save writes a HistoryEntry). A save bumps only its own tag.
 */
export type Tag = 'register' | 'tracker';
export type Versions = Record<Tag, number>;

/** The tags of a locale-less page path, or null for pages that are never cached. */
export function tagsFor(path: string): Tag[] | null {
  if (/\/(new|edit)$/.test(path) || /^\/(sign-in|admin|import|register)(\/|$)/.test(path)) return null;
  if (path === '/' || /^\/(recommendations|embed\/recommendations)(\/|$)/.test(path)) return ['register', 'tracker'];
  if (/^\/(deals|instruments|sources|history|embed\/deals)(\/|$)/.test(path)) return ['register'];
  return null;
}

/** The current version of each tag: the newest revision and the newest tracker history entry. */
export async function dataVersions(): Promise<Versions> {
  const [row] = await db.$queryRawUnsafe<Array<{ register: number | bigint | null; tracker: number | bigint | null }>>(
    'SELECT (SELECT max("id") FROM "Revision") AS "register", (SELECT max("id") FROM "HistoryEntry") AS "tracker"',
  );
  return { register: Number(row?.register ?? 0), tracker: Number(row?.tracker ?? 0) };
}

export type CachedPage = { status: number; headers: Array<[string, string]>; body: string };

/** TIES_PAGE_CACHE_MB as bytes: 0 turns the cache off; a value that is no number of MB is ignored. */
export function cacheBytes(setting: string | undefined): number {
  const mb = setting === undefined || setting.trim() === '' ? 64 : Number(setting);
  if (!Number.isFinite(mb) || mb < 0) {
    console.warn(`TIES_PAGE_CACHE_MB=${JSON.stringify(setting)} is not a size in MB; using 64`);
    return 64 * 1024 * 1024;
  }
  return Math.floor(mb * 1024 * 1024);
}

const maxSize = cacheBytes(process.env.TIES_PAGE_CACHE_MB);
const pages =
  maxSize > 0
    ? new LRUCache<string, CachedPage>({
        // Bounded by size, not count: a deals page is ~100 kB of HTML.
        maxSize,
        sizeCalculation: (page) => page.body.length + 512,
      })
    : null;

/** Versions of the page's tags, the day (pages print a "retrieved" date), the origin and the URL. */
export function cacheKey(tags: Tag[], versions: Versions, origin: string, pathAndQuery: string, now: Date = new Date()): string {
  return `${tags.map((t) => `${t}:${versions[t]}`).join(',')}|${now.toISOString().slice(0, 10)}|${origin}|${pathAndQuery}`;
}

export const pageCache = {
  get: (key: string) => pages?.get(key),
  set: (key: string, page: CachedPage) => void pages?.set(key, page),
  clear: () => pages?.clear(),
};

// Headers that belong to one response on one connection, or to the loopback request that rendered
// it (Next's routing headers, next-intl's Link header naming the loopback host): never replayed.
const NOT_REPLAYED = new Set(['connection', 'content-length', 'content-encoding', 'date', 'keep-alive', 'link', 'set-cookie', 'transfer-encoding', 'x-ties-cache']);

export function storableHeaders(headers: Headers): Array<[string, string]> {
  return [...headers.entries()].filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase()) && !name.toLowerCase().startsWith('x-middleware-'));
}
