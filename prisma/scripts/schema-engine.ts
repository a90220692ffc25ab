// Prisma's schema engine, run from WebAssembly. The CLI's `prisma migrate` needs a native
// schema-engine binary that it downloads on first use, and this machine (like CI) cannot download
// it; the Wasm build ships on npm and talks to the database through a driver adapter instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
// The package's main entry imports the .wasm file as an ES module, which Node 20 cannot load; its
// JS glue can be imported alone and handed a module we instantiate ourselves.
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaContainer, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DatabaseTarget } from '@/lib/database-url';
import { DEAL_COUNT_TABLES } from './deal-counts';
import { DEAL_SEARCH_TABLES } from './deal-search';

export type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
/** PostgreSQL's schema is generated from SCHEMA_PATH (see postgres-schema.ts); its migrations are its own. */
export const POSTGRES_SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.postgres.prisma');
export const POSTGRES_MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations-postgres');
export const LOCKFILE_NAME = 'migration_lock.toml';

export type Provider = DatabaseTarget['provider'];

export const schemaPathFor = (provider: Provider) => (provider === 'postgresql' ? POSTGRES_SCHEMA_PATH : SCHEMA_PATH);
export const migrationsDirFor = (provider: Provider) => (provider === 'postgresql' ? POSTGRES_MIGRATIONS_DIR : MIGRATIONS_DIR);

/**
 * Ties manages every table through Prisma except the deals' full-text index and their counts per
 * facet value (raw SQL migrations, see deal-search.ts and deal-counts.ts), which schema diffs must
 * leave alone rather than drop.
 */
export const SCHEMA_FILTERS: SchemaFilter = { externalTables: [...DEAL_SEARCH_TABLES, ...DEAL_COUNT_TABLES], externalEnums: [] };

let initialised = false;

// The glue keeps the Wasm instance in a module-level variable, so it is set up once per process.
function initialiseWasm(): void {
  if (initialised) return;
  const glueFile = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(path.dirname(glueFile), 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== 'function') throw new Error('schema_engine_bg.wasm has no __wbindgen_start export.');
  start();
  initialised = true;
}

/** The engine logs one JSON object per line; only warnings and errors are worth showing by default. */
function printLog(line: string): void {
  try {
    const entry: { level?: string; fields?: { message?: string } } = JSON.parse(line);
    if (entry.level === 'WARN' || entry.level === 'ERROR') {
      console.error(`schema engine ${entry.level.toLowerCase()}: ${entry.fields?.message ?? line.trim()}`);
    }
  } catch {
    console.error(`schema engine: ${line.trim()}`);
  }
}

/** Reads the Prisma schema as the engine wants it: path and content. */
export function readSchemaFiles(schemaPath = SCHEMA_PATH): SchemaContainer[] {
  return [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }];
}

export type OpenSchemaEngine = { engine: SchemaEngine; close(): Promise<void> };

/**
 * Starts an engine on the database behind `adapterFactory`. Any migration-aware Prisma adapter
 * works (better-sqlite3, pg). Always call `close()`.
 */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaContainer[] = readSchemaFiles(),
  onLog: (line: string) => void = printLog,
): Promise<OpenSchemaEngine> {
  initialiseWasm();
  // Freeing the engine does not close the connections it opened: a failed migration would keep
  // SQLite locked for the rest of the process. So we keep hold of them and close them ourselves.
  const connections: SqlDriverAdapter[] = [];
  const track = async (connecting: Promise<SqlDriverAdapter>) => {
    const connection = await connecting;
    connections.push(connection);
    return connection;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const datamodels = schemaFiles.map((file): [string, string] => [file.path, file.content]);
  const engine = await glue.SchemaEngine.new({ datamodels }, onLog, bindMigrationAwareSqlAdapterFactory(tracked));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connections.splice(0).map((connection) => connection.dispose()));
    },
  };
}

/** The adapter factory for a database target: the same engine drives SQLite and PostgreSQL. */
export function adapterFactoryFor(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === 'postgresql') return new PrismaPg({ connectionString: target.url });
  return new PrismaBetterSqlite3({ url: target.url });
}

/** Opens an engine on `target`, runs `work` and closes the engine whatever happens. */
export async function withSchemaEngine<T>(
  target: DatabaseTarget,
  work: (engine: SchemaEngine) => Promise<T>,
  schemaFiles?: SchemaContainer[],
): Promise<T> {
  const files = schemaFiles ?? readSchemaFiles(schemaPathFor(target.provider));
  const { engine, close } = await openSchemaEngine(adapterFactoryFor(target), files);
  try {
    return await work(engine);
  } finally {
    await close();
  }
}

/** A file's text, or null if it does not exist; other failures (permissions…) are real errors. */
function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** Loads `prisma/migrations` the way the Prisma CLI does: every folder's migration.sql, by name. */
export function readMigrationList(migrationsDir = MIGRATIONS_DIR): MigrationList {
  const folders = existsSync(migrationsDir) ? readdirSync(migrationsDir, { withFileTypes: true }) : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE_NAME, content: readIfExists(path.join(migrationsDir, LOCKFILE_NAME)) },
    shadowDbInitScript: '',
    migrationDirectories: folders
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((folder) => {
        const sql = readIfExists(path.join(migrationsDir, folder, 'migration.sql'));
        // A folder without its script is reported by the engine, naming the folder, as Prisma's CLI does.
        const content = sql === null ? { tag: 'error' as const, value: `${folder}/migration.sql is missing.` } : { tag: 'ok' as const, value: sql };
        return { path: folder, migrationFile: { path: 'migration.sql', content } };
      }),
  };
}
