// `npm run db:reset`: deletes the database (the SQLite file, or every table of the PostgreSQL
// database's schema), rebuilds it from the migrations and seeds it.
// Everything editors changed in that database is lost; that is the point.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { databaseTarget, describeTarget, type DatabaseTarget, type PostgresTarget } from '@/lib/database-url';
import { runIfMain } from './cli';
import { describeMigration, migrate } from './migrate';

/** Drops every table in the schema the connection works in (`public` unless the server says otherwise). */
async function dropPostgresTables(target: PostgresTarget): Promise<void> {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema()');
    if (rows.length > 0) await client.query(`DROP TABLE ${rows.map((row) => row.name).join(', ')} CASCADE`);
  } finally {
    await client.end();
  }
}

/** SQLite keeps a database in up to four files; a leftover -wal would resurrect old rows. */
export async function deleteDatabase(target: DatabaseTarget): Promise<void> {
  if (target.provider === 'postgresql') return dropPostgresTables(target);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${target.file}${suffix}`, { force: true });
}

/** Runs `npm run db:seed` as its own process (the seed owns its Prisma client) and returns its exit code. */
export function runSeed(): number {
  // npm_execpath is the npm that started us; falling back to `npm` covers running reset.ts directly.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'db:seed']] : ['npm', ['run', 'db:seed']];
  const result = spawnSync(command, args, { stdio: 'inherit', shell: !npm && process.platform === 'win32' });
  if (result.error) throw new Error('Could not start npm run db:seed.', { cause: result.error });
  return result.status ?? 1;
}

runIfMain(import.meta.url, async () => {
  const target = databaseTarget();
  await deleteDatabase(target);
  console.log(`Deleted ${target.provider === 'sqlite' ? target.file : `every table of ${describeTarget(target)}`}.`);
  console.log(describeMigration(await migrate(target), target));
  process.exitCode = runSeed();
});
