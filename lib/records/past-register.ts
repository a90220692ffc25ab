// The whole register as it stood at the end of a past day, for the lists (/deals, /instruments,
// /sources with ?asof=). A list's counts, facets, search and order are SQL over many tables, so
// rather than a second implementation of each list in memory, the records changed since the day are
// rewound (lib/records/as-of.ts) and written back through their editors, and the list's own queries
// run on the result:
// - SQLite: into a copy of the database file made for that day (SQLite's online backup), opened on
//   a connection of its own, kept for the next request about that day. The copy is written, never
//   the database: a past view takes no lock a save waits for, and no reader of today sees it.
// - PostgreSQL: in a transaction of its own, on a connection of its own, rolled back after the read.
// A day whose end has not come yet is today's register.
import { mkdir, readdir, rm, stat, statfs } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { revisionChanges } from '@/lib/editing/save';
import type { Db } from '@/lib/editing/types';
import { createPrismaClient } from '@/lib/prisma-client';
import { providerOf } from '@/lib/queries/deals-search';
import { editorFor } from './registry';
import { endOfDay } from '@/lib/tracker/as-of';
import { retiredAt, rewindValues } from './as-of';

/** How many saves back Ties rebuilds the register on request; further back, the releases hold it. */
export const PAST_REGISTER_MAX_CHANGES = 2000;

export type PastRead<R> =
  | { ok: true; value: R; changes: number }
  /** Too many saves since the day to rebuild it on request. */
  | { ok: false; reason: 'too-far'; changes: number }
  /** A record's values then are no longer valid under today's rules, so it cannot be written back. */
  | { ok: false; reason: 'unreadable'; record: string }
  /** The copy could not be made (a read-only folder, too little disk: logged for the operator), or too many past days are being rebuilt at once. */
  | { ok: false; reason: 'unavailable' };

class Unreadable extends Error {
  constructor(readonly record: string) {
    super(`${record} as it stood then does not parse`);
  }
}

/** Each kind's table and key, to put back a record's version and last-changed time (countries keep no time). */
const tables: Record<string, { model: string; key: string; stamped: boolean }> = {
  deal: { model: 'deal', key: 'slug', stamped: true },
  instrument: { model: 'instrument', key: 'code', stamped: true },
  organisation: { model: 'organisation', key: 'slug', stamped: true },
  country: { model: 'country', key: 'code', stamped: false },
  'key-figure': { model: 'keyFigure', key: 'slug', stamped: true },
  source: { model: 'source', key: 'slug', stamped: true },
};
type Delegate = { updateMany(args: { where: Record<string, string>; data: Record<string, unknown> }): Promise<unknown> };

/**
 * Rewinds, in `client`, every register record changed at or after `moment` to how it stood then:
 * values written back through its editor (links, claims, search text and kept counts with them),
 * retired as it was then; a record created after the moment is retired, so no list shows it. The
 * revisions saved after the moment go too.
 */
export async function rewindRegister(client: Db, moment: Date): Promise<number> {
  const rows = await client.revision.findMany({ where: { at: { gte: moment } }, orderBy: [{ at: 'desc' }, { id: 'desc' }] });
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const id = `${r.entity}\u0000${r.recordKey}`;
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  for (const after of groups.values()) {
    const { entity, recordKey } = after[0]!;
    const editor = editorFor(entity);
    const record = editor ? await editor.load(client, recordKey) : null;
    if (!editor || !record) continue;
    const version = editor.versionOf(record);
    const table = tables[entity]!;
    // The version then, and when it last changed then: its newest save before the moment (none: the moment itself, an upper bound).
    const last = await client.revision.findFirst({ where: { entity, recordKey, at: { lt: moment } }, orderBy: { version: 'desc' }, select: { at: true } });
    const bookkeeping = { version: version - after.length, ...(table.stamped ? { updatedAt: last?.at ?? moment } : {}) };
    if (after.some((r) => r.action === 'create')) {
      if (editor.retirable) await editor.claim(client, recordKey, version, { retiredAt: moment });
      continue;
    }
    const parsed = editor.parse(rewindValues(editor.toValues(record), after.map((r) => ({ changes: revisionChanges(r) }))));
    if (!parsed.ok) throw new Unreadable(`${entity} ${recordKey}`);
    await editor.update(client, record, parsed.data);
    if (editor.retirable) {
      const before = await client.revision.findMany({ where: { entity, recordKey, at: { lt: moment }, action: { in: ['retire', 'restore'] } }, orderBy: { version: 'desc' }, take: 1 });
      const retired = retiredAt(before, after, editor.retiredAt(record) !== null);
      const since = before[0]?.action === 'retire' ? before[0].at : after.some((r) => r.action === 'retire' || r.action === 'restore') ? moment : editor.retiredAt(record);
      await editor.claim(client, recordKey, version, { retiredAt: retired ? (since ?? moment) : null });
    }
    await (client as unknown as Record<string, Delegate>)[table.model]!.updateMany({ where: { [table.key]: recordKey }, data: bookkeeping });
  }
  // What the register's pages say of its history ("last changed on…") stops at the moment too.
  await client.revision.deleteMany({ where: { at: { gte: moment } } });
  return rows.length;
}

/** A read's result carried out of the transaction it rolls back. */
class Done<R> extends Error {
  constructor(readonly value: R) {
    super('past read done');
  }
}

type Copy = { client: PrismaClient; file: string; readers: number; evicted: boolean };
// Per process: the copies made for recent days (a few; each is the size of the database).
const copies = new Map<string, Promise<Copy>>();
const COPIES_KEPT = 2;

/** Refused: the one rebuild at a time is busy and enough requests already wait for it. */
class Busy extends Error {
  constructor() {
    super('Rebuilding a past day: too many waiting');
  }
}

/**
 * Work that may run only one at a time in this process (a day's copy being made, a PostgreSQL
 * rewind), with at most `waiting` more queued: a burst of requests for past days, each costing
 * seconds, waits its turn or is refused as busy, and never takes the disk, the connections or the
 * processor from today's readers and editors.
 */
export function oneAtATime(waiting: number) {
  let running = false;
  const queue: Array<() => void> = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running) {
      if (queue.length >= waiting) throw new Busy();
      await new Promise<void>((resolve) => queue.push(resolve));
    }
    running = true;
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running = false;
    }
  };
}
const rebuild = oneAtATime(4);

async function sqliteFile(client: PrismaClient): Promise<string> {
  const [main] = await client.$queryRawUnsafe<Array<{ file: string }>>("SELECT file FROM pragma_database_list WHERE name = 'main'");
  if (!main?.file) throw new Error('The past register needs a database file (not an in-memory database).');
  return main.file;
}

const removeFile = (file: string) => Promise.all(['', '-wal', '-shm', '-journal'].map((end) => rm(file + end, { force: true })));

async function dispose(copy: Copy) {
  await copy.client.$disconnect();
  await removeFile(copy.file);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The copies' folder, beside the database; copies left by a process that has stopped are removed. */
async function copiesFolder(file: string): Promise<string> {
  const folder = path.join(path.dirname(file), 'past');
  await mkdir(folder, { recursive: true });
  for (const name of await readdir(folder)) {
    const pid = Number(/-(\d+)-\d+\.db/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) await rm(path.join(folder, name), { force: true });
  }
  return folder;
}

async function makeCopy(client: PrismaClient, moment: Date): Promise<Copy> {
  const file = await sqliteFile(client);
  const folder = await copiesFolder(file);
  // A copy never fills the disk the database writes to: it needs room for itself twice over.
  const size = (await stat(file)).size + ((await stat(`${file}-wal`).catch(() => null))?.size ?? 0);
  const free = await statfs(folder);
  if (free.bavail * free.bsize < 2 * size) throw new Error(`Not enough free disk beside the database for a ${Math.round(size / 2 ** 20)} MiB copy.`);
  const copyFile = path.join(folder, `${path.basename(file, '.db')}-${moment.toISOString().slice(0, 10)}-${process.pid}-${Date.now()}.db`);
  // SQLite's online backup reads the database in steps; saves go on meanwhile (write-ahead log).
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(copyFile);
  } catch (error) {
    await removeFile(copyFile);
    throw error;
  } finally {
    source.close();
  }
  const copy = createPrismaClient({ provider: 'sqlite', url: `file:${copyFile}`, file: copyFile });
  try {
    await copy.$transaction((tx) => rewindRegister(tx, moment), { timeout: 120_000, maxWait: 10_000 });
  } catch (error) {
    await copy.$disconnect();
    await removeFile(copyFile);
    throw error;
  }
  return { client: copy, file: copyFile, readers: 0, evicted: false };
}

function copyFor(client: PrismaClient, moment: Date): Promise<Copy> {
  const key = moment.toISOString();
  let copy = copies.get(key);
  if (copy) {
    // Most recently used last.
    copies.delete(key);
    copies.set(key, copy);
    return copy;
  }
  copy = rebuild(() => makeCopy(client, moment));
  copy.catch(() => copies.delete(key));
  copies.set(key, copy);
  for (const [old, oldCopy] of [...copies].slice(0, Math.max(0, copies.size - COPIES_KEPT))) {
    copies.delete(old);
    // Removed once no request reads it any more.
    void oldCopy
      .then((c) => {
        c.evicted = true;
        return c.readers === 0 ? dispose(c) : undefined;
      })
      .catch(() => undefined);
  }
  return copy;
}

/** `read` on a copy, which is not removed while it reads. */
async function readCopy<R>(copy: Copy, read: () => Promise<R>): Promise<R> {
  copy.readers++;
  try {
    return await read();
  } finally {
    copy.readers--;
    if (copy.evicted && copy.readers === 0) await dispose(copy).catch(() => undefined);
  }
}

/**
 * `read` run on the register as it stood at `moment`. Today's register when nothing was saved since
 * (or the moment has not come); refused when more than {@link PAST_REGISTER_MAX_CHANGES} saves would
 * have to be undone. `lasting` tells `read` whether the client stays open after it returns (a
 * rolled-back transaction does not): what it reads later, it must read before returning.
 */
export async function readRegisterAsOf<R>(moment: Date, read: (client: PrismaClient, lasting: boolean) => Promise<R>, client: PrismaClient = db): Promise<PastRead<R>> {
  const changes = await client.revision.count({ where: { at: { gte: moment } } });
  if (changes === 0) return { ok: true, value: await read(client, true), changes };
  if (changes > PAST_REGISTER_MAX_CHANGES) return { ok: false, reason: 'too-far', changes };
  try {
    if (providerOf(client) === 'postgresql') {
      try {
        await rebuild(() => client.$transaction(
          async (tx) => {
            await rewindRegister(tx, moment);
            // The transaction's client does not say which database it talks to; the reads ask (deals-search.ts).
            const past = new Proxy(tx, { get: (target, key) => (key === '_activeProvider' ? 'postgresql' : Reflect.get(target, key)) });
            throw new Done(await read(past as unknown as PrismaClient, false));
          },
          { timeout: 30_000, maxWait: 5_000 },
        ));
      } catch (error) {
        if (error instanceof Done) return { ok: true, value: error.value as R, changes };
        if (error instanceof Busy) return { ok: false, reason: 'unavailable' };
        throw error;
      }
      throw new Error('unreachable: the past read always rolls back');
    }
    let copy: Copy;
    try {
      copy = await copyFor(client, moment);
    } catch (error) {
      if (error instanceof Unreadable) throw error;
      if (!(error instanceof Busy)) console.error('The register could not be copied to rebuild a past day:', error);
      return { ok: false, reason: 'unavailable' };
    }
    // Read whole before returning, so that the copy can be removed once nobody reads it.
    return { ok: true, value: await readCopy(copy, () => read(copy.client, false)), changes };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, reason: 'unreadable', record: error.record };
    throw error;
  }
}

/**
 * What a register list's page reads: `read` on today's register, or, given a past day, on the
 * register as it stood at its end. A day that cannot be rebuilt is said (`past`), and today read instead.
 */
export async function readRegisterView<R>(asof: string | undefined, read: (client: PrismaClient) => Promise<R>): Promise<{ value: R; past: PastRead<R> | null }> {
  const past = asof ? await readRegisterAsOf(endOfDay(asof), read) : null;
  return { value: past?.ok ? past.value : await read(db), past };
}

/** Closes and removes every copy (tests, and a process that stops). */
export async function closePastCopies(): Promise<void> {
  const all = [...copies.values()];
  copies.clear();
  await Promise.all(all.map((c) => c.then(dispose).catch(() => undefined)));
}
