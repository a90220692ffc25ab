// The draft of a release's changelog: every change recorded since the previous release was
// published, from the two histories Ties keeps. Tracker saves are worded as the tracker words them
// (one line each, lib/tracker/saves.ts); register changes name the record, what was done and which
// fields. The admin edits the draft before publishing; it is only a starting point.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { savedRowSelect } from '@/lib/queries/recommendations';
import { describeSave, groupSaves } from '@/lib/tracker/saves';

/** At most this many rows of each history are read for a draft. */
export const DRAFT_ROW_LIMIT = 100_000;

export type ChangelogDraft = {
  text: string;
  /** Tracker saves and register changes the draft lists. */
  saves: number;
  revisions: number;
  /** Whether a history had more rows than were read (the draft says so). */
  cut: boolean;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The field names a revision's `changes` JSON lists, or none if it cannot be read. */
function changedFields(changes: string): string[] {
  try {
    const parsed: unknown = JSON.parse(changes);
    return Array.isArray(parsed) ? [...new Set(parsed.map((c) => (c && typeof c === 'object' && 'field' in c ? String(c.field) : '')).filter(Boolean))] : [];
  } catch {
    return [];
  }
}

/** The draft of everything recorded after `since` (everything, for the first release), in English. */
export async function draftChangelog(since: Date | null, limit = DRAFT_ROW_LIMIT, client: PrismaClient = db): Promise<ChangelogDraft> {
  const after = since ? { at: { gt: since } } : {};
  const [historyRows, revisions] = await Promise.all([
    client.historyEntry.findMany({
      where: after,
      orderBy: { id: 'asc' },
      take: limit + 1,
      select: { ...savedRowSelect, recommendation: { select: { number: true } }, milestone: { select: { slug: true, title: true, titleKo: true } } },
    }),
    client.revision.findMany({
      where: after,
      orderBy: { id: 'asc' },
      take: limit + 1,
      select: { entity: true, recordKey: true, version: true, action: true, changes: true, at: true, authorName: true, viaImport: true },
    }),
  ]);
  const cutHistory = historyRows.length > limit;
  const cutRevisions = revisions.length > limit;
  const rows = historyRows.slice(0, limit);
  // Read oldest first, a save cut by the limit is its last: leave it out rather than show it half.
  const all = groupSaves(rows);
  const saves = cutHistory && all.length > 1 ? all.slice(0, -1) : all;
  const numbers = new Map(rows.map((r) => [r.recommendationId, r.recommendation.number]));
  const registered = revisions.slice(0, limit);

  const lines: string[] = [];
  lines.push(since ? `Changes recorded since the previous release (${since.toISOString()}).` : 'The first release: every change recorded so far.');
  if (cutHistory || cutRevisions) {
    lines.push(`This draft was cut: only the first ${limit.toLocaleString('en')} rows of ${[cutHistory && 'the tracker history', cutRevisions && 'the register history'].filter(Boolean).join(' and ')} were read.`);
  }
  lines.push('', `Recommendations tracker (${saves.length} ${saves.length === 1 ? 'save' : 'saves'}):`);
  if (!saves.length) lines.push('- No change.');
  for (const save of saves) {
    lines.push(`- Recommendation ${numbers.get(save.recommendationId)}, version ${save.version} (${day(save.at)}): ${describeSave(save, 'en').join('; ')}`);
  }
  lines.push('', `Register (${registered.length} ${registered.length === 1 ? 'change' : 'changes'}):`);
  if (!registered.length) lines.push('- No change.');
  for (const r of registered) {
    const fields = changedFields(r.changes);
    lines.push(`- ${r.entity} ${r.recordKey}: ${r.action}${fields.length ? ` (${fields.join(', ')})` : ''}, version ${r.version} (${day(r.at)}${r.viaImport ? ', by import' : ''})`);
  }
  return { text: lines.join('\n'), saves: saves.length, revisions: registered.length, cut: cutHistory || cutRevisions };
}
