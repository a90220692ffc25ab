// A fresh, migrated SQLite file for one test file, and a Prisma client on it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget } from '@/lib/database-url';
import { migrate } from '@/prisma/scripts/migrate';

export async function createTempDatabase() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ties-test-'));
  const target = databaseTarget({ DATABASE_URL: `file:${path.join(dir, 'test.db')}` });
  await migrate(target);
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }) });
  return {
    db,
    target,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
