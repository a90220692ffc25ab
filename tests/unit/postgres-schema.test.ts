// PostgreSQL's schema is derived from prisma/schema.prisma and must stay in step with it; its own
// migrations (prisma/migrations-postgres) must build exactly that schema on a real server, once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresTarget } from '@/lib/database-url';
import { migrate } from '@/prisma/scripts/migrate';
import { pendingPostgresMigrationSql } from '@/prisma/scripts/new-migration';
import { DEAL_COUNTS_POSTGRES_TABLES, DEAL_ORDER_POSTGRES_INDEXES } from '@/prisma/scripts/deal-counts-postgres';
import { DEAL_SEARCH_POSTGRES_INDEXES } from '@/prisma/scripts/deal-search';
import { deleteDatabase } from '@/prisma/scripts/reset';
import { expectedPostgresSchema, postgresSchemaText } from '@/prisma/scripts/postgres-schema';
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_PATH, SCHEMA_PATH, readMigrationList } from '@/prisma/scripts/schema-engine';
import { createEmptyPostgresDatabase, testPostgresUrl } from '../helpers/temp-database';

const serverUrl = testPostgresUrl();
const folders = readMigrationList(POSTGRES_MIGRATIONS_DIR).migrationDirectories.map((directory) => directory.path);

describe('prisma/schema.postgres.prisma', () => {
  it('is what prisma/schema.prisma derives (else run npm run db:migration -- <name>)', () => {
    expect(readFileSync(POSTGRES_SCHEMA_PATH, 'utf8')).toBe(expectedPostgresSchema());
  });

  it('differs from schema.prisma only in provider and client folder', () => {
    const derived = postgresSchemaText('generator client {\n  output = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A { id Int @id }\n');
    expect(derived).toContain('output = "../lib/generated/prisma-pg"');
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('model A { id Int @id }');
    expect(() => postgresSchemaText('model A { id Int @id }')).toThrow(/datasource/);
  });

  it('needs no PostgreSQL migration that prisma/migrations-postgres lacks', async () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(await pendingPostgresMigrationSql()).toBeNull();
  });

  it('gives the next PostgreSQL migration from an edit to schema.prisma, with no database', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ties-edited-schema-'));
    try {
      const edited = path.join(scratch, 'schema.prisma');
      writeFileSync(edited, `${readFileSync(SCHEMA_PATH, 'utf8')}\nmodel Note {\n  id   Int    @id @default(autoincrement())\n  text String\n}\n`);
      const sql = await pendingPostgresMigrationSql({ schemaPath: edited });
      expect(sql).toContain('CREATE TABLE "Note"');
      expect(sql).toContain('"id" SERIAL NOT NULL');
      expect(sql).not.toMatch(/CREATE TABLE "Deal"/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

type Catalog = { columns: Array<{ table_name: string }>; indexes: Array<{ indexname: string; tablename: string }>; constraints: Array<{ table_name: string }> };

/** Tables, columns, indexes and constraints of a database's schema, in a stable order. */
async function catalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await rows(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations' ORDER BY 1, 2`),
      indexes: await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1, 2`),
      constraints: await rows(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`),
    };
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)('prisma/migrations-postgres on a real PostgreSQL server', () => {
  const drops: Array<() => Promise<void>> = [];
  let target: PostgresTarget;
  beforeAll(async () => {
    const database = await createEmptyPostgresDatabase(serverUrl as string);
    drops.push(database.drop);
    target = { provider: 'postgresql', url: database.url };
  });
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('apply every folder to a fresh database, then nothing the second time', async () => {
    expect(await migrate(target)).toEqual({ applied: folders, total: folders.length });
    expect(await migrate(target)).toEqual({ applied: [], total: folders.length });
  });

  it('build the same tables, columns, indexes and constraints as the schema itself', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ties-no-migrations-'));
    const fromEmpty = await pendingPostgresMigrationSql({ migrationsDir: scratch }).finally(() => rmSync(scratch, { recursive: true, force: true }));
    const direct = await createEmptyPostgresDatabase(serverUrl as string);
    drops.push(direct.drop);
    const client = new pg.Client({ connectionString: direct.url });
    await client.connect();
    await client.query(fromEmpty ?? '').finally(() => client.end());

    const built = await catalog(target.url);
    expect(built.columns.length).toBeGreaterThan(100);
    // The deals' search index, the list's partial order indexes and the kept counts' tables are raw SQL
    // (prisma/scripts/deal-search.ts, deal-counts-postgres.ts): made by the migrations, unknown to the schema.
    const rawIndexes = [...DEAL_SEARCH_POSTGRES_INDEXES, ...DEAL_ORDER_POSTGRES_INDEXES];
    const rawTable = (row: { table_name?: string; tablename?: string }) => DEAL_COUNTS_POSTGRES_TABLES.includes((row.table_name ?? row.tablename ?? '').replaceAll('"', ''));
    const outsideSchema = (i: { indexname: string; tablename: string }) => rawIndexes.includes(i.indexname) || rawTable(i);
    expect(built.indexes.filter((i) => rawIndexes.includes(i.indexname)).map((i) => i.indexname)).toEqual([...rawIndexes].sort());
    expect(DEAL_COUNTS_POSTGRES_TABLES.every((t) => built.columns.some((c) => c.table_name === t))).toBe(true);
    expect({ columns: built.columns.filter((c) => !rawTable(c)), indexes: built.indexes.filter((i) => !outsideSchema(i)), constraints: built.constraints.filter((c) => !rawTable(c)) }).toEqual(await catalog(direct.url));
  });

  it('are dropped whole by db:reset and built again from nothing', async () => {
    await deleteDatabase(target);
    expect(await catalog(target.url)).toEqual({ columns: [], indexes: [], constraints: [] });
    expect(await migrate(target)).toEqual({ applied: folders, total: folders.length });
  });
});
