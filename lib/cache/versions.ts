// The version of the data: what every cached page and read is keyed on. It is read from the
// database itself (two index-only lookups), so a save made through any instance changes every key
// at once: no instance can serve data older than the last save, and nothing needs to be told to
// invalidate. (Next's own 'use cache' is invalidated by a tag in one instance's memory: a save
// through another instance would leave it stale.)
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

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
