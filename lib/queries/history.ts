// Reads for a register record's history: its saved revisions, and the last one alone.
import { db } from '@/lib/db';
import { revisionChanges } from '@/lib/editing/save';
import type { Db, Entity } from '@/lib/editing/types';

/** Every saved change to one record, newest first, with its field changes read from their JSON. */
export async function listRevisions(entity: Entity, recordKey: string, client: Db = db) {
  const rows = await client.revision.findMany({ where: { entity, recordKey }, orderBy: { version: 'desc' } });
  return rows.map((r) => ({ ...r, changes: revisionChanges(r) }));
}
export type RevisionListItem = Awaited<ReturnType<typeof listRevisions>>[number];

/** When the record last changed and by whom, or null when no revision was recorded. */
export async function getLastRevision(entity: Entity, recordKey: string, client: Db = db) {
  return client.revision.findFirst({ where: { entity, recordKey }, orderBy: { version: 'desc' }, select: { at: true, authorName: true } });
}
