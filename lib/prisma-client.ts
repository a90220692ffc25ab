// A Prisma client for a database target. Prisma generates one client per provider; both are built
// from the same data model (prisma/schema.postgres.prisma is derived from prisma/schema.prisma and a
// test keeps them in step), so the rest of Ties uses the one PrismaClient type whichever it talks to.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-pg/client';
import type { DatabaseTarget } from '@/lib/database-url';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

export function createPrismaClient(target: DatabaseTarget): PrismaClient {
  if (target.provider === 'postgresql') {
    // Same models, fields and relations; the PostgreSQL client only accepts more (e.g. `mode`), which Ties never uses.
    return withoutNul(new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as PrismaClient);
  }
  mkdirSync(path.dirname(target.file), { recursive: true });
  const adapter = readsAfterTransactions(new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS }));
  return withoutNul(tuneSqlite(new PrismaClient({ adapter })));
}

/**
 * A SQLite client is one better-sqlite3 connection, and Prisma's adapter runs a query made outside an
 * interactive transaction on that connection even while the transaction is open: a reader's request
 * would read a save's rows before they were committed, or rows that never were (a save refused half
 * way), and a page rendered from them would be kept until the next save (lib/cache/pages.ts). Here
 * such a query waits until the open transaction has ended. The transaction's own queries go through
 * its own object, so they never wait; transactions already run one at a time (the adapter's lock).
 */
export function readsAfterTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property !== 'connect') return Reflect.get(target, property, receiver);
      return async () => {
        const adapter = await target.connect();
        // The end of the transaction now open on the connection, if one is.
        let open: Promise<void> | null = null;
        const afterTransactions = async () => {
          while (open) await open;
        };
        return new Proxy(adapter, {
          get(inner, name, innerReceiver) {
            if (name === 'queryRaw' || name === 'executeRaw' || name === 'executeScript') {
              return async (...args: unknown[]) => {
                await afterTransactions();
                return (inner[name] as (...a: unknown[]) => Promise<unknown>).apply(inner, args);
              };
            }
            if (name === 'startTransaction') {
              return async (...args: Parameters<SqlDriverAdapter['startTransaction']>): Promise<Transaction> => {
                const transaction = await inner.startTransaction(...args);
                let end = () => {};
                open = new Promise<void>((resolve) => (end = resolve));
                const ended = () => {
                  open = null;
                  end();
                };
                // Prisma sends COMMIT or ROLLBACK through the transaction, then calls one of these.
                return new Proxy(transaction, {
                  get(tx, key, txReceiver) {
                    if (key === 'commit' || key === 'rollback') return () => tx[key]().finally(ended);
                    const value = Reflect.get(tx, key, txReceiver);
                    return typeof value === 'function' ? value.bind(tx) : value;
                  },
                });
              };
            }
            const value = Reflect.get(inner, name, innerReceiver);
            return typeof value === 'function' ? value.bind(inner) : value;
          },
        });
      };
    },
  });
}

const WRITES = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert']);

/** `value` with NUL removed from every string in it (plain objects and arrays; dates and the like as they are). */
export function stripNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (Array.isArray(value)) return value.map(stripNul) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stripNul(inner)])) as T;
  }
  return value;
}

/**
 * Text is written without NUL, whatever wrote it (a form, the API, an import). PostgreSQL cannot
 * store it in text at all (a pasted NUL made every such save fail), and SQLite would keep what
 * PostgreSQL refuses, so the two would differ. Nothing a reader sees is lost: NUL shows as nothing.
 */
function withoutNul(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          return query(WRITES.has(operation) ? stripNul(args) : args);
        },
      },
    },
  }) as unknown as PrismaClient;
}

/**
 * How long a statement waits for another connection's lock before failing as busy (SQLITE_BUSY,
 * which lib/db-errors.ts turns into a "try again" answer). better-sqlite3 waits synchronously, so the
 * whole process answers nothing meanwhile: with SQLite's usual 5 s, another process holding a lock
 * froze every request for as long as it held it. A save of one record takes a few milliseconds, so
 * 50 ms still lets a save wait out another's; a longer lock is refused quickly instead.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 50;

/** Settings for a SQLite connection as it opens (also used by tests/bench/measure-queries.ts). */
export function tuneSqlite<C extends Pick<PrismaClient, '$executeRawUnsafe' | '$queryRawUnsafe'>>(client: C): C {
  // Write-ahead logging: readers read the last commit while a writer writes, so neither waits for the
  // other (in the default rollback journal, a writer's commit, or another process's exclusive lock,
  // stops every reader). The mode is kept in the file; a read-only file keeps the mode it has.
  client.$queryRawUnsafe('PRAGMA journal_mode=WAL').catch(() => undefined);
  // SQLite plans with statistics only if something gathered them; without, a wide index can be
  // walked where a scan would be faster (tests/bench/query-plans.md). This is SQLite's advice for
  // a connection's start: analyse what needs it, within a bounded effort. Failure only costs speed.
  client.$executeRawUnsafe('PRAGMA optimize=0x10002').catch(() => undefined);
  // Read the file through memory-mapped I/O rather than copying each page into SQLite's own 2 MiB
  // cache: at 100,000 deals the organisation facet, which visits a deal row per link, took 484 ms
  // with copies and 258 ms mapped (tests/bench/query-plans.md). The mapping only reserves address
  // space; the pages are the operating system's file cache.
  client.$queryRawUnsafe('PRAGMA mmap_size=1073741824').catch(() => undefined);
  return client;
}
