// `npm run db:reset`: deletes the SQLite database, rebuilds it from the migrations and seeds it.
// Everything editors changed in that database is lost; that is the point.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { databaseTarget, type DatabaseTarget } from '@/lib/database-url';
import { runIfMain } from './cli';
import { describeMigration, migrate } from './migrate';

/** SQLite keeps a database in up to four files; a leftover -wal would resurrect old rows. */
export function deleteDatabase(target: DatabaseTarget): void {
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
  deleteDatabase(target);
  console.log(`Deleted ${target.file}.`);
  console.log(describeMigration(await migrate(target), target));
  process.exitCode = runSeed();
});
