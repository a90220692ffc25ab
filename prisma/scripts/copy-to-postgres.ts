// `npm run db:copy-to-postgres -- [--from file:.data/ties.db]`: moves a SQLite database into the
// PostgreSQL database that DATABASE_URL names. It migrates the target, refuses one that holds data,
// copies every table in one transaction, then compares row counts and a hash of every table's rows.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseTarget, describeTarget, type PostgresTarget, type SqliteTarget } from '@/lib/database-url';
import { createPrismaClient } from '@/lib/prisma-client';
import { runIfMain } from './cli';
import { databaseDigest, differingTables, type TableDigest } from './database-digest';
import { DEAL_COUNTS_POSTGRES_FILL_SQL, DEAL_COUNTS_POSTGRES_TABLES } from './deal-counts-postgres';
import { migrate } from './migrate';
import { MIGRATIONS_DIR, readMigrationList } from './schema-engine';

export type CopyReport = { source: TableDigest[]; target: TableDigest[]; differing: string[] };

type Column = { name: string; type: string; serial: boolean };

/** The target's tables (without Prisma's own) ordered so that every table comes after those it references. */
async function tablesInOrder(client: pg.Client): Promise<Array<{ name: string; columns: Column[] }>> {
  const columns = await client.query<{ table_name: string; column_name: string; data_type: string; serial: boolean }>(
    `SELECT table_name, column_name, data_type, coalesce(column_default LIKE 'nextval(%', false) AS serial FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
  );
  const references = await client.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
     WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
  );
  const byTable = new Map<string, Column[]>();
  for (const row of columns.rows) byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), { name: row.column_name, type: row.data_type, serial: row.serial }]);
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table)) return;
    if (path.includes(table)) throw new Error(`Foreign keys form a cycle through ${table}; copy it by hand.`);
    for (const ref of references.rows) if (unquote(ref.child) === table && unquote(ref.parent) !== table) visit(unquote(ref.parent), [...path, table]);
    ordered.push(table);
  };
  for (const table of [...byTable.keys()].sort()) visit(table, []);
  return ordered.map((name) => ({ name, columns: byTable.get(name) ?? [] }));
}

/** SQLite keeps booleans as 0/1 and Prisma's dates as ISO text; PostgreSQL wants its own types. */
function converter(table: string, column: Column): (value: unknown) => unknown {
  switch (column.type) {
    case 'boolean':
      return (value) => (value === null ? null : value === 1 || value === true || value === '1');
    case 'timestamp without time zone':
      // Prisma stores UTC in `timestamp(3)`; an ISO string's zone is dropped on input, so send UTC.
      return (value) => (value === null ? null : new Date(typeof value === 'string' ? value : Number(value)).toISOString());
    case 'integer':
    case 'double precision':
    case 'text':
    // A release's files: better-sqlite3 reads a BLOB as a Buffer, which pg writes as bytea.
    case 'bytea':
      return (value) => value;
    default:
      throw new Error(`${table}.${column.name}: no conversion from SQLite for PostgreSQL type ${column.type}.`);
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Copies every row; returns nothing and leaves the target untouched if anything fails. */
async function copyRows(sqliteFile: string, target: PostgresTarget): Promise<void> {
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    // The kept counts are not copied: they are counted again from the copied rows, at the end.
    const tables = (await tablesInOrder(client)).filter((table) => !DEAL_COUNTS_POSTGRES_TABLES.includes(table.name));
    for (const table of tables) {
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${quote(table.name)}) AS found`);
      if (rows[0].found) throw new Error(`${describeTarget(target)} already holds data (table ${table.name}); copy into an empty database.`);
    }
    await client.query('BEGIN');
    // Counted once at the end rather than row by row by the triggers (some 70 upserts per deal).
    await client.query(`ALTER TABLE "Deal" DISABLE TRIGGER USER; ALTER TABLE "DealOrganisation" DISABLE TRIGGER USER`);
    for (const table of tables) {
      const convert = table.columns.map((column) => converter(table.name, column));
      const names = table.columns.map((column) => quote(column.name)).join(', ');
      const insert = async (batch: unknown[][]) => {
        const values = batch.map((_, i) => `(${table.columns.map((__, j) => `$${i * table.columns.length + j + 1}`).join(', ')})`);
        const params = batch.flatMap((row) => convert.map((toPostgres, j) => toPostgres(row[j])));
        await client.query(`INSERT INTO ${quote(table.name)} (${names}) VALUES ${values.join(', ')}`, params);
      };
      // Streamed in batches, so a large table is never held whole; PostgreSQL takes at most 65,535 parameters per statement.
      const perBatch = Math.max(1, Math.floor(60_000 / table.columns.length));
      let batch: unknown[][] = [];
      for (const row of source.prepare(`SELECT ${names} FROM ${quote(table.name)}`).raw().iterate() as Iterable<unknown[]>) {
        batch.push(row);
        if (batch.length === perBatch) {
          await insert(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await insert(batch);
      // Autoincrement ids continue after the copied ones.
      for (const column of table.columns.filter((c) => c.serial)) {
        await client.query(
          `SELECT setval(seq, COALESCE((SELECT MAX(${quote(column.name)}) FROM ${quote(table.name)}), 1), (SELECT COUNT(*) > 0 FROM ${quote(table.name)}))
           FROM pg_get_serial_sequence($1, $2) AS seq WHERE seq IS NOT NULL`,
          [quote(table.name), column.name],
        );
      }
    }
    await client.query(`${DEAL_COUNTS_POSTGRES_FILL_SQL}\nALTER TABLE "Deal" ENABLE TRIGGER USER; ALTER TABLE "DealOrganisation" ENABLE TRIGGER USER`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    source.close();
  }
}

/** The source must be fully migrated, so that both databases have the same tables and columns. */
function checkSourceMigrations(sqliteFile: string): void {
  const expected = readMigrationList(MIGRATIONS_DIR).migrationDirectories.map((directory) => directory.path);
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    const applied = (
      source.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name').all() as Array<{
        migration_name: string;
      }>
    ).map((row) => row.migration_name);
    if (applied.join() !== expected.join()) {
      throw new Error(`${sqliteFile} is not at the code's migrations (it has ${applied.length}, the code ${expected.length}): run DATABASE_URL=file:${sqliteFile} npm run db:migrate first.`);
    }
  } finally {
    source.close();
  }
}

/** Migrates the target, copies the source into it and compares the two through Prisma. */
export async function copyToPostgres(source: SqliteTarget, target: PostgresTarget): Promise<CopyReport> {
  if (!existsSync(source.file)) throw new Error(`${source.file} does not exist.`);
  checkSourceMigrations(source.file);
  await migrate(target);
  await copyRows(source.file, target);
  const [from, to] = [createPrismaClient(source), createPrismaClient(target)];
  try {
    // One after the other: each holds a table's rows in memory while it hashes them.
    const sourceDigest = await databaseDigest(from, 'sqlite');
    const targetDigest = await databaseDigest(to, 'postgresql');
    return { source: sourceDigest, target: targetDigest, differing: differingTables(sourceDigest, targetDigest) };
  } finally {
    await Promise.all([from.$disconnect(), to.$disconnect()]);
  }
}

/** The table the CLI prints: one line per table, its rows on each side and whether they match. */
export function describeReport(report: CopyReport): string {
  const lines = report.source.map((s) => {
    const t = report.target.find((d) => d.table === s.table);
    const same = !report.differing.includes(s.table);
    return `${same ? 'ok      ' : 'DIFFERS '} ${s.table.padEnd(28)} ${String(s.rows).padStart(8)} → ${String(t?.rows ?? '—').padStart(8)}  ${s.sha256.slice(0, 12)}`;
  });
  const rows = report.source.reduce((sum, d) => sum + d.rows, 0);
  const verdict = report.differing.length === 0 ? `All ${report.source.length} tables match: ${rows} rows, same content.` : `Differences in: ${report.differing.join(', ')}.`;
  return [...lines, verdict].join('\n');
}

runIfMain(import.meta.url, async () => {
  const fromIndex = process.argv.indexOf('--from');
  const from = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
  const source = databaseTarget({ DATABASE_URL: from || undefined });
  const target = databaseTarget();
  if (source.provider !== 'sqlite') throw new Error('--from must be a SQLite file: URL (default file:.data/ties.db).');
  if (target.provider !== 'postgresql') throw new Error('Set DATABASE_URL to the PostgreSQL database to copy into (postgresql://…).');
  console.log(`Copying ${describeTarget(source)} into ${describeTarget(target)}…`);
  const report = await copyToPostgres(source, target);
  console.log(describeReport(report));
  if (report.differing.length > 0) process.exitCode = 1;
});
