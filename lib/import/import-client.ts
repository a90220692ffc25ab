// The database client an import is applied on: one of its own, opened for the import and closed
// after. A Prisma client runs an interactive transaction on its one SQLite connection, so on the
// app's client every other request would run inside the import's transaction (reading its rows
// before they are committed) or wait for it to end; on a connection of its own they do neither.
import { type DatabaseTarget, databaseTarget } from '@/lib/database-url';
import { databaseTrouble } from '@/lib/db-errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/prisma-client';

// Kept on globalThis: the import's server action and the health route may be bundled apart.
const imports = globalThis as unknown as { tiesImportsRunning?: number };

/** Whether an import in this process is running on its own connection (and may hold the write lock). */
export const importRunning = (): boolean => (imports.tiesImportsRunning ?? 0) > 0;

export async function withImportClient<T>(work: (client: PrismaClient) => Promise<T>, target: DatabaseTarget = databaseTarget()): Promise<T> {
  const client = createPrismaClient(target);
  imports.tiesImportsRunning = (imports.tiesImportsRunning ?? 0) + 1;
  try {
    return await work(client);
  } finally {
    imports.tiesImportsRunning -= 1;
    await client.$disconnect();
  }
}

/** Whether a database error means another connection holds the write lock (SQLite's SQLITE_BUSY). */
export const isBusy = (error: unknown): boolean => databaseTrouble(error) === 'busy';
