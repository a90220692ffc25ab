// A fingerprint of a whole database as the app reads it: per table, the row count and a SHA-256 of
// its rows (read through Prisma, so SQLite's and PostgreSQL's storage formats do not matter). Two
// databases hold the same data exactly when their digests are equal.
import { createHash } from 'node:crypto';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';

export type TableDigest = { table: string; rows: number; sha256: string };

/** Prisma's tables for implicit many-to-many relations: not models, but data all the same. */
export async function joinTables(client: PrismaClient, provider: 'sqlite' | 'postgresql'): Promise<string[]> {
  const sql =
    provider === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_%' ESCAPE '\\' AND name <> '_prisma_migrations'"
      : "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE '\\_%' AND tablename <> '_prisma_migrations'";
  const rows = await client.$queryRawUnsafe<Array<{ name: string }>>(sql);
  return rows.map((row) => row.name).sort();
}

/** One row as text that does not depend on key order or on how the driver returns dates. */
function canonical(row: Record<string, unknown>): string {
  const entries = Object.keys(row)
    .sort()
    .map((key) => {
      const value = row[key];
      return [key, value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? Number(value) : value];
    });
  return JSON.stringify(entries);
}

function digest(table: string, rows: Array<Record<string, unknown>>): TableDigest {
  const hash = createHash('sha256');
  for (const line of rows.map(canonical).sort()) hash.update(`${line}\n`);
  return { table, rows: rows.length, sha256: hash.digest('hex') };
}

type Readable = { findMany(): Promise<Array<Record<string, unknown>>> };

/** Every model's and join table's digest, by table name. */
export async function databaseDigest(client: PrismaClient, provider: 'sqlite' | 'postgresql'): Promise<TableDigest[]> {
  const digests: TableDigest[] = [];
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (client as unknown as Record<string, Readable>)[model.charAt(0).toLowerCase() + model.slice(1)];
    if (!delegate) throw new Error(`The Prisma client has no delegate for ${model}.`);
    digests.push(digest(model, await delegate.findMany()));
  }
  for (const table of await joinTables(client, provider)) {
    digests.push(digest(table, await client.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT "A", "B" FROM "${table}"`)));
  }
  return digests.sort((a, b) => a.table.localeCompare(b.table));
}

/** The tables whose count or content differ (a table missing on one side counts as differing). */
export function differingTables(a: TableDigest[], b: TableDigest[]): string[] {
  const tables = [...new Set([...a, ...b].map((d) => d.table))].sort();
  const find = (list: TableDigest[], table: string) => list.find((d) => d.table === table);
  return tables.filter((table) => {
    const [x, y] = [find(a, table), find(b, table)];
    return !x || !y || x.rows !== y.rows || x.sha256 !== y.sha256;
  });
}
