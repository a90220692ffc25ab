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
