// A fresh, migrated database for one test file, and a Prisma client on it: a temporary SQLite file,
// or, in the PostgreSQL run (npm run test:postgres), a new database on that server, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { databaseTarget, type DatabaseTarget, type SqliteTarget } from '@/lib/database-url';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/prisma-client';
import { migrate } from '@/prisma/scripts/migrate';

export type TempDatabase = { db: PrismaClient; target: DatabaseTarget; dispose(): Promise<void> };

/**
 * The PostgreSQL server of this test run, or undefined on SQLite (the default). CI exports the server's
 * URL for the whole run, so the choice is a second variable, set by tests/postgres/run.sh alone.
 */
export function testPostgresUrl(env = process.env): string | undefined {
  if (env.TIES_TEST_DATABASE !== 'postgresql') return undefined;
  if (!env.TIES_TEST_POSTGRES_URL) throw new Error('TIES_TEST_DATABASE=postgresql needs TIES_TEST_POSTGRES_URL=postgresql://… (a role with CREATEDB).');
  return env.TIES_TEST_POSTGRES_URL;
}

export function createTempDatabase(): Promise<TempDatabase> {
  const postgresUrl = testPostgresUrl();
  return postgresUrl ? createTempPostgresDatabase(postgresUrl) : createTempSqliteDatabase();
}

export async function createTempSqliteDatabase(): Promise<TempDatabase & { target: SqliteTarget }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ties-test-'));
  const target = databaseTarget({ DATABASE_URL: `file:${path.join(dir, 'test.db')}` });
  await migrate(target);
  const db = createPrismaClient(target);
  return {
    db,
    target,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs one statement on the server behind `serverUrl` (CREATE/DROP DATABASE cannot run in a transaction). */
async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database beside the one `serverUrl` names (its role needs CREATEDB), and a way to drop it. */
export async function createEmptyPostgresDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ties_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  // Byte-order collation, as SQLite compares text (see the README); no fsync per commit for a throwaway database.
  await onServer(serverUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
  await onServer(serverUrl, `ALTER DATABASE ${name} SET synchronous_commit = off`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}

/**
 * Drops a test database, ending our own leftover connections. An autovacuum worker that has just
 * started on it cannot be ended by a role that is not superuser (42501), so wait for it and retry.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (attempt >= 40 || (code !== '42501' && code !== '55006')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function createTempPostgresDatabase(serverUrl: string): Promise<TempDatabase> {
  const { url, drop } = await createEmptyPostgresDatabase(serverUrl);
  const target: DatabaseTarget = { provider: 'postgresql', url };
  const db = createPrismaClient(target);
  const dispose = async () => {
    await db.$disconnect();
    await drop();
  };
  try {
    await migrate(target);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { db, target, dispose };
}
