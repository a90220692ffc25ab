// Another process's hold on a SQLite file, and a file that takes no writes: the states in which Ties
// must answer "busy" or "read-only" instead of failing. Real connections on a real file throughout.
import { chmodSync, existsSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import type { SqliteTarget } from '@/lib/database-url';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/prisma-client';

export type Hold = { release(): void };

/**
 * A second connection (as another process would open) holding a transaction: IMMEDIATE takes the
 * write lock; EXCLUSIVE also keeps readers out, unless the file is in WAL mode, where they read on.
 */
export function holdLock(file: string, kind: 'IMMEDIATE' | 'EXCLUSIVE'): Hold {
  const other = new Database(file);
  other.exec(`BEGIN ${kind}`);
  return {
    release() {
      other.exec('ROLLBACK');
      other.close();
    },
  };
}

/** Puts a file back in the rollback journal (SQLite's default), as a database made elsewhere may be; no other connection may be open. */
export function useRollbackJournal(file: string): void {
  const conn = new Database(file);
  conn.pragma('journal_mode = DELETE');
  conn.close();
}

/**
 * Our client on a file that takes no writes. Not as root: the file is made read-only (chmod 444),
 * and the client opened as the app opens it. As root (CI, containers) the mode bits do not stop a
 * write, so the file is opened read-only instead, which is what SQLite itself falls back to when it
 * cannot open a file for writing: the same SQLITE_READONLY on every write. `restore` undoes it.
 *
 * `others` (this process's clients on the file) are disconnected first: while one connection keeps
 * a file open, SQLite hands a closed connection's descriptor, opened for writing, to the next
 * connection to that file, which then writes whatever the mode now says. (For the same reason a
 * running server ignores a chmod: it made its descriptors before.)
 */
export async function readOnlyClient(target: SqliteTarget, others: PrismaClient[]): Promise<{ client: PrismaClient; how: string; restore(): Promise<void> }> {
  await Promise.all(others.map((other) => other.$disconnect()));
  chmodSync(target.file, 0o444);
  const root = process.getuid?.() === 0;
  const client = root ? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url, readonly: true }) }) : createPrismaClient(target);
  return {
    client,
    how: root ? 'opened read-only (running as root, where chmod 444 does not stop writes)' : 'chmod 444',
    async restore() {
      await client.$disconnect();
      // A connection to a read-only file makes the -wal and -shm files it needs with the file's mode.
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(target.file + suffix)) chmodSync(target.file + suffix, 0o644);
    },
  };
}

/**
 * Runs `work` and measures how long it took and the longest stretch the event loop was blocked
 * meanwhile (a busy wait in better-sqlite3 is synchronous: nothing else is answered during it), by
 * the longest gap between the runs of a 1 ms interval.
 */
export async function measured<T>(work: () => Promise<T>): Promise<{ outcome: { ok: true; value: T } | { ok: false; error: unknown }; ms: number; blockedMs: number }> {
  let last = performance.now();
  let blockedMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    blockedMs = Math.max(blockedMs, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await work() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const ms = performance.now() - started;
  // One more tick, so that a block at the very end is counted.
  await new Promise((resolve) => setTimeout(resolve, 2));
  clearInterval(tick);
  return { outcome, ms, blockedMs: Math.max(blockedMs, performance.now() - last) };
}
