// The one place that decides which database Ties opens. The app, the scripts and the tests all call
// this, so they can never open two different databases. npm runs every script from the project root.
import path from 'node:path';

export const DEFAULT_DATABASE_FILE = '.data/ties.db';

export type SqliteTarget = { provider: 'sqlite'; url: string; file: string };
export type PostgresTarget = { provider: 'postgresql'; url: string };
export type DatabaseTarget = SqliteTarget | PostgresTarget;

/**
 * Reads DATABASE_URL: `postgresql://…` or `postgres://…` selects PostgreSQL; `file:…`, or nothing,
 * selects SQLite (the default), with a relative path resolved against the root.
 */
export function databaseTarget(env: { DATABASE_URL: `file:${string}` }, root?: string): SqliteTarget;
export function databaseTarget(env?: Record<string, string | undefined>, root?: string): DatabaseTarget;
export function databaseTarget(env: Record<string, string | undefined> = process.env, root = process.cwd()): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (/^postgres(ql)?:\/\//i.test(raw)) return { provider: 'postgresql', url: raw };
  if (!raw.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL (got "${raw.split(':')[0]}:…").`);
  }
  const file = path.resolve(root, raw.slice('file:'.length).replace(/^\/\//, ''));
  return { provider: 'sqlite', url: `file:${file}`, file };
}

/** How to name a database in messages: the file relative to the root, or the URL without its password. */
export function describeTarget(target: DatabaseTarget, root = process.cwd()): string {
  if (target.provider === 'sqlite') return path.relative(root, target.file) || target.file;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'a PostgreSQL database (unparseable URL)';
  }
}
