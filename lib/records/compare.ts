// What changed in the register between two days: the records added, changed, retired or restored
// after the end of the first day and up to the end of the second, each with the fields its saves
// changed, read from the revisions. The tracker's comparison (lib/tracker/compare.ts) sits beside it.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { revisionChanges } from '@/lib/editing/save';
import type { Entity } from '@/lib/editing/types';
import { toCsv } from '@/lib/export/csv';
import { type Days } from '@/lib/tracker/compare';
import { endOfDay } from '@/lib/tracker/as-of';

export type RecordChange = {
  entity: Entity;
  key: string;
  /** Added between the two days (it did not stand at the end of the first). */
  created: boolean;
  /** Retired or restored in between; both when it was retired and brought back. */
  retired: boolean;
  restored: boolean;
  /** The form's fields its saves changed, in the order they were first changed. */
  fields: string[];
  saves: number;
};

/** The most records a comparison lists; how many there are in all is said beside them. */
export const RECORD_CHANGES_SHOWN = 500;

/** The register's records that moved between the two days, by kind and key, and how many there are in all. */
export async function registerChanges(days: Days, client: PrismaClient = db, limit = RECORD_CHANGES_SHOWN): Promise<{ records: RecordChange[]; total: number }> {
  const at = { gte: endOfDay(days.from), lt: endOfDay(days.to) };
  // The database groups the saves per record; only the records shown are read in full.
  const groups = await client.revision.groupBy({ by: ['entity', 'recordKey'], where: { at }, _count: { _all: true }, orderBy: [{ entity: 'asc' }, { recordKey: 'asc' }] });
  const shown = groups.slice(0, limit);
  const rows = shown.length
    ? await client.revision.findMany({ where: { at, recordKey: { in: [...new Set(shown.map((g) => g.recordKey))] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })
    : [];
  const records = shown.map((g): RecordChange => {
    const own = rows.filter((r) => r.entity === g.entity && r.recordKey === g.recordKey);
    const fields = [...new Set(own.filter((r) => r.action === 'update').flatMap((r) => revisionChanges(r).map((c) => c.field)))];
    return {
      entity: g.entity as Entity,
      key: g.recordKey,
      created: own.some((r) => r.action === 'create'),
      retired: own.some((r) => r.action === 'retire'),
      restored: own.some((r) => r.action === 'restore'),
      fields,
      saves: g._count._all,
    };
  });
  return { records, total: groups.length };
}

/** The register's changes as CSV: one row per record. */
export function registerChangesCsv(days: Days, records: readonly RecordChange[]): string {
  return toCsv(
    ['kind', 'key', `added_after_${days.from}`, 'retired_between', 'restored_between', 'fields_changed', 'saves_between'],
    records.map((r) => [r.entity, r.key, r.created, r.retired, r.restored, r.fields.join('; '), r.saves]),
  );
}
