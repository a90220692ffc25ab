// The draft of a release's changelog: every change recorded since the previous release was
// published, from the two histories Ties keeps. Tracker saves are worded as the tracker words them
// (one line each, lib/tracker/saves.ts); register changes name the record, what was done and which
// fields. It is drafted in English and in Korean from the same rows, worded as the pages word them
// (the tracker's saves, the editors' actions and field labels). The admin edits both before
// publishing; they are only a starting point.
import { db } from '@/lib/db';
import { type Entity, entities } from '@/lib/editing/types';
import { revisionFieldName } from '@/lib/editing/words';
import { translatorFor } from '@/lib/i18n/translator';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { savedRowSelect } from '@/lib/queries/recommendations';
import { type TrackerSave, describeSave, groupSaves } from '@/lib/tracker/saves';

/** At most this many rows of each history are read for a draft. */
export const DRAFT_ROW_LIMIT = 100_000;

export type ChangelogDraft = {
  /** The draft in English, and the same in Korean. */
  text: string;
  textKo: string;
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

/** What a draft lists, read once and worded in each language. */
type DraftRows = {
  since: Date | null;
  limit: number;
  cutHistory: boolean;
  cutRevisions: boolean;
  saves: Array<TrackerSave & { number: number | undefined }>;
  revisions: Array<{ entity: string; recordKey: string; version: number; action: string; changes: string; at: Date; viaImport: boolean }>;
};

/** The draft of everything recorded after `since` (everything, for the first release), in English and Korean. */
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
      select: { entity: true, recordKey: true, version: true, action: true, changes: true, at: true, viaImport: true },
    }),
  ]);
  const cutHistory = historyRows.length > limit;
  const cutRevisions = revisions.length > limit;
  const rows = historyRows.slice(0, limit);
  // Read oldest first, a save cut by the limit is its last: leave it out rather than show it half.
  const all = groupSaves(rows);
  const saves = cutHistory && all.length > 1 ? all.slice(0, -1) : all;
  const numbers = new Map(rows.map((r) => [r.recommendationId, r.recommendation.number]));
  const read: DraftRows = { since, limit, cutHistory, cutRevisions, saves: saves.map((save) => ({ ...save, number: numbers.get(save.recommendationId) })), revisions: revisions.slice(0, limit) };
  return { text: draftText(read, 'en'), textKo: draftText(read, 'ko'), saves: saves.length, revisions: read.revisions.length, cut: cutHistory || cutRevisions };
}

/** The draft in one language: the same lines in the same order, whichever it is. */
function draftText(read: DraftRows, locale: string): string {
  const t = translatorFor(locale, 'releases.draft');
  const actions = translatorFor(locale, 'editing.action');
  const lines: string[] = [];
  lines.push(read.since ? t('since', { at: read.since.toISOString() }) : t('first'));
  if (read.cutHistory || read.cutRevisions) {
    lines.push(t('cut', { limit: read.limit, histories: read.cutHistory && read.cutRevisions ? 'both' : read.cutHistory ? 'tracker' : 'register' }));
  }
  lines.push('', t('tracker', { count: read.saves.length }));
  if (!read.saves.length) lines.push(`- ${t('noChange')}`);
  for (const save of read.saves) {
    lines.push(`- ${t('save', { number: save.number ?? '?', version: save.version, date: day(save.at), changes: describeSave(save, locale).join('; ') })}`);
  }
  lines.push('', t('register', { count: read.revisions.length }));
  if (!read.revisions.length) lines.push(`- ${t('noChange')}`);
  for (const r of read.revisions) {
    const entity = (entities as readonly string[]).includes(r.entity) ? (r.entity as Entity) : null;
    const fields = changedFields(r.changes).map((field) => (entity ? revisionFieldName(locale, entity, field) : field));
    lines.push(
      `- ${t('revision', {
        entity: entity ? t(`entity.${entity}`) : r.entity,
        key: r.recordKey,
        action: actions(r.action),
        fields: fields.length ? t('fields', { fields: fields.join(', ') }) : '',
        version: r.version,
        date: day(r.at),
        byImport: r.viaImport ? t('byImport') : '',
      })}`,
    );
  }
  return lines.join('\n');
}
