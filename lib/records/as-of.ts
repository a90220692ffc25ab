// A register record as it stood at a past moment, rebuilt from its revisions: start from the record's
// form values now and undo, newest first, every revision saved after the moment (each holds every
// field's value before and after). The tracker does the same with its history (lib/tracker/as-of.ts).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import type { Change } from '@/lib/editing/save';
import type { AnyEditor, Values } from '@/lib/editing/types';
import { type RevisionListItem, listRevisions } from '@/lib/queries/history';

/** The record at the moment: not yet recorded, or its values then beside its values now. */
export type PastRecord =
  | { state: 'absent'; createdAt: Date }
  | {
      state: 'present';
      /** The form's values at the moment, and now; `changed` names the fields that differ. */
      values: Values;
      now: Values;
      changed: string[];
      version: number;
      retired: boolean;
      /** The revisions saved up to the moment, newest first. */
      revisions: RevisionListItem[];
      /** How many revisions were saved after it. */
      later: number;
    };

/**
 * `now` before the revisions `after` (newest first): each field takes the value its oldest later
 * change started from. Changes to what is not a field of the form (a retirement's `retired_at`) are not values.
 */
export function rewindValues(now: Values, after: ReadonlyArray<{ changes: readonly Change[] }>): Values {
  const values = { ...now };
  for (const revision of after) for (const c of revision.changes) if (Object.hasOwn(values, c.field)) values[c.field] = c.from;
  return values;
}

/**
 * Whether a record was retired at a moment, from its revisions before (newest first) and after
 * (newest first) it, and whether it is retired now: the last retire or restore before the moment
 * says; failing that, the first one after it says the opposite; failing both, it is as it is now.
 */
export function retiredAt(before: ReadonlyArray<{ action: string }>, after: ReadonlyArray<{ action: string }>, retiredNow: boolean): boolean {
  const toggles = (r: { action: string }) => r.action === 'retire' || r.action === 'restore';
  const last = before.find(toggles);
  if (last) return last.action === 'retire';
  const first = after.findLast(toggles);
  if (first) return first.action === 'restore';
  return retiredNow;
}

/**
 * The record `key` as it stood at `moment`, or null when there is no such record. A record created
 * after the moment is `absent`; one nobody has edited since stands as it is (the seed writes no revisions).
 */
export async function recordAsOf(editor: AnyEditor, key: string, moment: Date, client: PrismaClient = db): Promise<PastRecord | null> {
  const record = await editor.load(client, key);
  if (!record) return null;
  const revisions = await listRevisions(editor.entity, key, client);
  const after = revisions.filter((r) => r.at >= moment);
  const before = revisions.filter((r) => r.at < moment);
  const creation = after.find((r) => r.action === 'create');
  if (creation) return { state: 'absent', createdAt: creation.at };
  const now = editor.toValues(record);
  const values = rewindValues(now, after);
  return {
    state: 'present',
    values,
    now,
    changed: editor.fields.map((f) => f.name).filter((name) => (values[name] ?? '') !== (now[name] ?? '')),
    version: editor.versionOf(record) - after.length,
    retired: retiredAt(before, after, editor.retiredAt(record) !== null),
    revisions: before,
    later: after.length,
  };
}
