// The one write path for register records. A save validates with the shared zod schema, checks
// references, refuses a stale version (compare-and-set), writes the record and appends a revision
// saying who changed which fields from what to what, and why: all in one transaction.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { AnyEditor, Db, FieldErrors, Values } from './types';
import { diffValues, hasErrors, mergeErrors } from './values';

export type Author = { id: number | null; name: string };
export type Change = { field: string; from: string; to: string };
export type RevisionSummary = { version: number; at: Date; authorName: string; action: string; note: string; changes: Change[] };

export type SaveRequest = {
  /** The record's key for an edit; null to create one. */
  key: string | null;
  /** The version the editor loaded: required to edit (a save without one is refused), ignored when creating. */
  expectedVersion?: number;
  values: Values;
  note: string;
  author: Author;
  viaImport?: boolean;
};

export type SaveResult =
  | { ok: true; key: string; version: number; action: 'create' | 'update'; changes: Change[] }
  | { ok: false; reason: 'invalid'; errors: FieldErrors }
  | { ok: false; reason: 'unchanged' }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; currentVersion: number; since: RevisionSummary[] };

export const MIN_NOTE = 3;

/** Whether a number can be a record's version: a whole number from 1 (see versionSchema). */
export const isVersion = (value: number | undefined): value is number => Number.isSafeInteger(value) && (value ?? 0) >= 1;

/** Raised inside a transaction to roll it back. */
export class Rollback extends Error {
  constructor(readonly result: SaveResult) {
    super('rolled back');
  }
}

function noteErrors(note: string): FieldErrors {
  // Keyed apart from any record field (a source has a field called note).
  return note.trim().length >= MIN_NOTE ? {} : { change_note: [{ code: 'tooShort', params: { min: MIN_NOTE } }] };
}

/** A revision's field changes, stored as JSON. */
export const revisionChanges = (revision: { changes: string }): Change[] => JSON.parse(revision.changes) as Change[];

export async function revisionsSince(db: Db, editor: AnyEditor, key: string, version: number): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({
    where: { entity: editor.entity, recordKey: key, version: { gt: version } },
    orderBy: { version: 'asc' },
  });
  return rows.map((r) => ({ version: r.version, at: r.at, authorName: r.authorName, action: r.action, note: r.note, changes: revisionChanges(r) }));
}

/** What a save would do, without writing: used by the form's checks and the import's dry run. */
export async function planSave(db: Db, editor: AnyEditor, request: Omit<SaveRequest, 'author'>) {
  const parsed = editor.parse(request.values);
  const base = noteErrors(request.note);
  if (!parsed.ok) return { ok: false as const, reason: 'invalid' as const, errors: mergeErrors(parsed.errors, base) };
  const existing = await editor.load(db, request.key ?? parsed.key);
  if (request.key !== null && !existing) return { ok: false as const, reason: 'not-found' as const };
  const keyErrors: FieldErrors = {};
  const keyField = editor.fields.find((f) => f.key)?.name ?? 'slug';
  if (request.key === null && existing) keyErrors[keyField] = [{ code: 'exists' }];
  if (request.key !== null && parsed.key !== request.key) keyErrors[keyField] = [{ code: 'invalid' }];
  const errors = mergeErrors(base, keyErrors, await editor.references(db, parsed.data));
  if (hasErrors(errors)) return { ok: false as const, reason: 'invalid' as const, errors };
  const before = existing ? editor.toValues(existing) : {};
  const changes = diffValues(before, editor.dataValues(parsed.data), editor.fields.map((f) => f.name));
  return { ok: true as const, existing, data: parsed.data, key: parsed.key, changes };
}

/** A save inside the caller's transaction. Throws Rollback (carrying the result) on a conflict. */
export async function saveInTransaction(tx: Db, editor: AnyEditor, request: SaveRequest): Promise<SaveResult> {
  const plan = await planSave(tx, editor, request);
  if (!plan.ok) return plan;
  const { existing, data, key, changes } = plan;
  if (existing && changes.length === 0) return { ok: false, reason: 'unchanged' };

  let version = 1;
  if (existing) {
    // Without a version the save would have nothing to compare with, and would overwrite whatever
    // another editor saved since: it is refused as stale, and the editor reloads the record.
    const expected = request.expectedVersion;
    if (!isVersion(expected)) return { ok: false, reason: 'conflict', currentVersion: editor.versionOf(existing), since: [] };
    // The compare-and-set on the version is what keeps two simultaneous saves from overwriting.
    if ((await editor.claim(tx, key, expected, {})) !== 1) {
      const current = await editor.load(tx, key);
      throw new Rollback({ ok: false, reason: 'conflict', currentVersion: current ? editor.versionOf(current) : expected, since: await revisionsSince(tx, editor, key, expected) });
    }
    version = expected + 1;
    await editor.update(tx, existing, data);
  } else {
    await editor.create(tx, data);
  }
  await tx.revision.create({
    data: {
      entity: editor.entity,
      recordKey: key,
      version,
      action: existing ? 'update' : 'create',
      changes: JSON.stringify(changes),
      note: request.note.trim(),
      userId: request.author.id,
      authorName: request.author.name,
      viaImport: request.viaImport ?? false,
    },
  });
  return { ok: true, key, version, action: existing ? 'update' : 'create', changes };
}

/** A save in a transaction of its own. */
export async function saveRecord(client: PrismaClient, editor: AnyEditor, request: SaveRequest): Promise<SaveResult> {
  try {
    return await client.$transaction((tx) => saveInTransaction(tx, editor, request));
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

export type RetireResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'not-found' | 'not-retirable' | 'invalid-note' | 'unchanged' }
  | { ok: false; reason: 'conflict'; currentVersion: number; since: RevisionSummary[] };

/** Retires a record (hidden from lists, its page kept with a notice) or brings it back. */
export async function setRetired(
  client: PrismaClient,
  editor: AnyEditor,
  request: { key: string; expectedVersion: number | undefined; retire: boolean; note: string; author: Author },
  now: Date = new Date(),
): Promise<RetireResult> {
  if (!editor.retirable) return { ok: false, reason: 'not-retirable' };
  if (hasErrors(noteErrors(request.note))) return { ok: false, reason: 'invalid-note' };
  try {
    return await client.$transaction(async (tx): Promise<RetireResult> => {
      const record = await editor.load(tx, request.key);
      if (!record) return { ok: false, reason: 'not-found' };
      const was = editor.retiredAt(record);
      if (Boolean(was) === request.retire) return { ok: false, reason: 'unchanged' };
      const expected = request.expectedVersion;
      // As for a save: no compare-and-set without a version to compare with.
      if (!isVersion(expected)) return { ok: false, reason: 'conflict', currentVersion: editor.versionOf(record), since: [] };
      if ((await editor.claim(tx, request.key, expected, { retiredAt: request.retire ? now : null })) !== 1) {
        throw new Rollback({ ok: false, reason: 'conflict', currentVersion: editor.versionOf(record), since: await revisionsSince(tx, editor, request.key, expected) });
      }
      const version = expected + 1;
      const iso = (d: Date | null) => (d ? d.toISOString() : '');
      await tx.revision.create({
        data: {
          entity: editor.entity,
          recordKey: request.key,
          version,
          action: request.retire ? 'retire' : 'restore',
          changes: JSON.stringify([{ field: 'retired_at', from: iso(was), to: iso(request.retire ? now : null) }]),
          note: request.note.trim(),
          userId: request.author.id,
          authorName: request.author.name,
        },
      });
      return { ok: true, version };
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as RetireResult;
    throw error;
  }
}
