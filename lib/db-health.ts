// The database's state as /api/health reports it: ok, or busy, read-only or unreachable.
import { db } from '@/lib/db';
import { type DatabaseTrouble, databaseTrouble } from '@/lib/db-errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export type DatabaseStatus = 'ok' | DatabaseTrouble;

/**
 * The status, and whether readers can still be served (the read succeeded). It reads a row, then
 * writes nothing: `SELECT 1` alone never opens the file, and said "ok" while the database could be
 * neither read nor written. The empty write is refused at once by a read-only database (a read-only
 * file or mount, a read-only connection, a PostgreSQL standby), and by a busy one once the busy
 * timeout has passed; otherwise it holds the write lock only for the statement. `writerHere`: this
 * process knows it holds the write lock (an import is being applied), so the write probe would only
 * wait out the busy timeout, which better-sqlite3 does synchronously, stopping every other request
 * for that long on each health check: the answer is busy without asking.
 */
export async function databaseState({
  client = db,
  writerHere = false,
}: { client?: Pick<PrismaClient, 'recommendation' | '$executeRawUnsafe'>; writerHere?: boolean } = {}): Promise<{ status: DatabaseStatus; readable: boolean }> {
  let readable = false;
  try {
    await client.recommendation.findFirst({ select: { id: true } });
    readable = true;
    if (writerHere) return { status: 'busy', readable };
    await client.$executeRawUnsafe('UPDATE "Revision" SET "id" = "id" WHERE 1 = 0');
    return { status: 'ok', readable };
  } catch (error) {
    const trouble = databaseTrouble(error);
    // Busy passes by itself (an import holds the lock for its whole run), and monitors poll often.
    if (trouble !== 'busy') console.error(`Health check: the database is ${trouble ?? 'unreachable'}`, error);
    return { status: trouble ?? 'unreachable', readable };
  }
}

const checked = { at: -Infinity, readable: true };

/**
 * Whether readers can be served, asked at most once a second (`everyMs`): the proxy asks before each
 * page, so that a database that cannot be read (a PostgreSQL server that is down, a file locked
 * against readers) gives readers a 503 to retry rather than an error page, at the cost of one small
 * read a second. Errors that are not the database's state do not count: the page handles those.
 */
export async function readableNow({ client = db, now = performance.now(), everyMs = 1000 }: { client?: Pick<PrismaClient, 'recommendation'>; now?: number; everyMs?: number } = {}): Promise<boolean> {
  if (now - checked.at < everyMs) return checked.readable;
  checked.at = now;
  try {
    await client.recommendation.findFirst({ select: { id: true } });
    checked.readable = true;
  } catch (error) {
    checked.readable = databaseTrouble(error) === null;
    if (!checked.readable) console.error(`Pages answer 503: the database is ${databaseTrouble(error)}.`);
  }
  return checked.readable;
}
