// The one place that decides which database Ties opens. The app, the scripts and the tests all call
// this, so they can never open two different files. npm runs every script from the project root.
import path from 'node:path';

export const DEFAULT_DATABASE_FILE = '.data/ties.db';

export type DatabaseTarget = { provider: 'sqlite'; url: string; file: string };

/** Reads DATABASE_URL (`file:…`, or unset for the default file) and resolves it against the root. */
export function databaseTarget(env: Record<string, string | undefined> = process.env, root = process.cwd()): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (!raw.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite (got "${raw.split(':')[0]}:…").`);
  }
  const file = path.resolve(root, raw.slice('file:'.length).replace(/^\/\//, ''));
  return { provider: 'sqlite', url: `file:${file}`, file };
}
