// The migrations in prisma/migrations: they build the whole data model, apply once, and stay in
// step with schema.prisma (the last test fails when the schema is edited without a migration).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteTarget } from '@/lib/database-url';
import { migrate } from '@/prisma/scripts/migrate';
import { migrationFolderName, pendingMigrationSql } from '@/prisma/scripts/new-migration';
import { SCHEMA_PATH, readMigrationList } from '@/prisma/scripts/schema-engine';

/** Prisma's tables for the schema's implicit many-to-many relations. */
const JOIN_TABLES = [
  '_ChallengeToDeal',
  '_ChallengeToInstrument',
  '_ChallengeToRecommendation',
  '_ChallengeToSource',
  '_DealToInstrument',
  '_DealToRecommendation',
  '_DealToSource',
  '_InstrumentToRecommendation',
  '_InstrumentToSource',
  '_RecommendationToSource',
];

const models = [...readFileSync(SCHEMA_PATH, 'utf8').matchAll(/^model (\w+) \{/gm)].map((match) => match[1]);
const folders = readMigrationList().migrationDirectories.map((directory) => directory.path);

let scratch: string;
let target: SqliteTarget;

function query<T>(sql: string): T[] {
  const db = new Database(target.file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'ties-migrate-test-'));
  const file = path.join(scratch, 'nested', 'ties.db');
  target = { provider: 'sqlite', url: `file:${file}`, file };
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('migrations', () => {
  it('exist', () => {
    expect(models.length).toBeGreaterThan(10);
    expect(folders.length).toBeGreaterThan(0);
  });

  it('build every table on a fresh database and record every folder', async () => {
    const result = await migrate(target);
    expect(result).toEqual({ applied: folders, total: folders.length });

    const tables = query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining([...models, ...JOIN_TABLES, '_prisma_migrations']));

    const recorded = query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(folders);
  });

  it('apply nothing the second time', async () => {
    expect(await migrate(target)).toEqual({ applied: [], total: folders.length });
    expect(query<{ count: number }>('SELECT count(*) AS count FROM _prisma_migrations')).toEqual([{ count: folders.length }]);
  });

  it('match prisma/schema.prisma', async () => {
    const sql = await pendingMigrationSql();
    expect(sql, 'schema.prisma has changes no migration makes: run npm run db:migration -- <name>').toBeNull();
  });
});

describe('migrationFolderName', () => {
  it('follows Prisma: UTC timestamp, then the name in snake_case', () => {
    expect(migrationFolderName('Add deal notes!', new Date('2025-03-04T05:06:07Z'))).toBe('20250304050607_add_deal_notes');
    expect(() => migrationFolderName('--')).toThrow();
  });
});
