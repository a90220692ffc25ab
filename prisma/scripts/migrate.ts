// `npm run db:migrate`: applies every migration the database lacks, as `prisma migrate deploy` would,
// and records it in _prisma_migrations: prisma/migrations on SQLite, prisma/migrations-postgres on
// PostgreSQL (chosen by DATABASE_URL). Running it twice is harmless.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseTarget, describeTarget, type DatabaseTarget } from '@/lib/database-url';
import { keepCommonSearchWords } from './deal-counts';
import { runIfMain } from './cli';
import type { ApplyMigrationsOutput, MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { SCHEMA_FILTERS, migrationsDirFor, readMigrationList, withSchemaEngine, type SchemaEngine } from './schema-engine';

export type MigrateResult = { applied: string[]; total: number };

/** `applyMigrations`, with the failing migration's name added to the engine's error. */
export async function applyMigrationList(engine: SchemaEngine, migrationsList: MigrationList, where: string): Promise<ApplyMigrationsOutput> {
  try {
    return await engine.applyMigrations({ migrationsList, filters: SCHEMA_FILTERS });
  } catch (error) {
    // The engine's message names the SQL problem but not the migration; its history does.
    const failed = await engine
      .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: SCHEMA_FILTERS })
      .then((diagnosis) => diagnosis.failedMigrationNames)
      .catch(() => []);
    const which = failed.length > 0 ? `Migration ${failed.join(', ')} failed` : 'Applying migrations failed';
    throw new Error(`${which} on ${where}.`, { cause: error });
  }
}

/** Applies pending migrations to `target` (creating a SQLite file's folder); returns the names applied now. */
export async function migrate(target: DatabaseTarget = databaseTarget(), migrationsDir = migrationsDirFor(target.provider)): Promise<MigrateResult> {
  if (target.provider === 'sqlite') mkdirSync(path.dirname(target.file), { recursive: true });
  const migrationsList = readMigrationList(migrationsDir);
  const where = describeTarget(target);
  const { appliedMigrationNames } = await withSchemaEngine(target, (engine) => applyMigrationList(engine, migrationsList, where));
  if (target.provider === 'sqlite' && appliedMigrationNames.length > 0) optimizeSqlite(target.file);
  return { applied: appliedMigrationNames, total: migrationsList.migrationDirectories.length };
}

/**
 * After migrating SQLite: the common search words chosen and the values summed if they are not (prisma/scripts/deal-counts.ts),
 * and SQLite's statistics for what a migration added: a new index has none, and without them SQLite can
 * prefer it where a covering one is far cheaper (tests/bench/query-plans.md). `PRAGMA optimize`
 * analyses only what needs it (0.3 s for the indexes of 100,000 deals); the app does the same as it
 * opens the file (lib/prisma-client.ts), so a database migrated elsewhere is still covered.
 */
function optimizeSqlite(file: string): void {
  const db = new Database(file);
  try {
    // The common search words while none are kept, and the stated values' sums while there are live
    // deals and no sum (a new database, the migrations that brought them, or one that rebuilt "Deal").
    const unkept = db
      .prepare(`SELECT NOT EXISTS (SELECT 1 FROM "DealSearchWord") OR (EXISTS (SELECT 1 FROM "Deal" WHERE "retiredAt" IS NULL) AND NOT EXISTS (SELECT 1 FROM "DealValueSum" WHERE "column" = 'all'))`)
      .pluck()
      .get();
    if (unkept === 1) keepCommonSearchWords(db);
    db.pragma('optimize=0x10002');
  } finally {
    db.close();
  }
}

/** The one-line summary the CLI prints. */
export function describeMigration(result: MigrateResult, target: DatabaseTarget): string {
  const where = describeTarget(target);
  if (result.total === 0) return `No migrations in ${path.relative(process.cwd(), migrationsDirFor(target.provider))}; nothing to apply to ${where}.`;
  const migrations = (count: number) => `${count} migration${count === 1 ? '' : 's'}`;
  if (result.applied.length === 0) return `${where} is up to date (${migrations(result.total)}).`;
  return `Applied ${result.applied.length} of ${migrations(result.total)} to ${where}:\n${result.applied.map((name) => `  ${name}`).join('\n')}`;
}

runIfMain(import.meta.url, async () => {
  const target = databaseTarget();
  console.log(describeMigration(await migrate(target), target));
});
