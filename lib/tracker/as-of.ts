// The tracker as it stood at the end of a past day, rebuilt from its append-only history: start from
// each recommendation as it stands now and undo, newest first, every change recorded after that
// moment. Nothing is stored twice; a past view is as exact as the history it is read from.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { parsePartialDate } from '@/lib/schemas/common';

/** A history row as rewinding reads it. */
export type RewindEntry = {
  recommendationId: number;
  version: number;
  at: Date;
  kind: string;
  field: string | null;
  milestoneId: number | null;
  fromValue: string | null;
  toValue: string | null;
  effectiveAt: Date | null;
};

export type MilestoneState = {
  id: number;
  slug: string;
  position: number;
  title: string;
  titleKo: string | null;
  actor: string;
  targetDate: Date | null;
  doneAt: Date | null;
  retiredAt: Date | null;
};

export type TrackerState = {
  id: number;
  stage: string;
  priority: boolean;
  closureReason: string | null;
  lastReviewedAt: Date | null;
  version: number;
  milestones: MilestoneState[];
};

/** What the history before the moment says, for the values an undo cannot read from the row it undoes. */
export type Before = {
  /** The newest save up to the moment: its time (the last review) and version. */
  last: { at: Date; version: number } | null;
  closureReason: string | null;
  /** Per milestone: the day it was last done, and when it was last retired, up to the moment. */
  doneOn: ReadonlyMap<number, Date>;
  retiredAt: ReadonlyMap<number, Date>;
};

/** The moment a day ends, in UTC: `2026-06-30` → 2026-07-01T00:00:00Z (exclusive). */
export function endOfDay(day: string): Date {
  return new Date(parsePartialDate(day).date.getTime() + 24 * 60 * 60 * 1000);
}

/**
 * `rec` as it stood before the changes `after` (its own history rows recorded after the moment,
 * newest first) were made. Pure: the reads are done by `trackerAsOf` below.
 */
export function rewind<T extends TrackerState>(rec: T, after: readonly RewindEntry[], before: Before): T {
  const milestones = new Map(rec.milestones.map((m) => [m.id, { ...m }]));
  let { stage, priority } = rec;
  for (const e of after) {
    const m = e.milestoneId === null ? undefined : milestones.get(e.milestoneId);
    switch (e.kind) {
      case 'stage':
        stage = e.fromValue ?? stage;
        break;
      case 'priority':
        priority = e.fromValue === 'yes';
        break;
      case 'milestone':
        if (m) m.doneAt = e.fromValue === 'done' ? (before.doneOn.get(m.id) ?? null) : null;
        break;
      case 'milestone-edit':
        if (!m) break;
        if (e.field === 'title' || e.field === 'actor') m[e.field] = e.fromValue ?? m[e.field];
        else if (e.field === 'titleKo') m.titleKo = e.fromValue;
        else if (e.field === 'targetDate') m.targetDate = e.fromValue ? parsePartialDate(e.fromValue).date : null;
        else if (e.field === 'doneAt') m.doneAt = e.fromValue ? parsePartialDate(e.fromValue).date : null;
        break;
      case 'milestone-add':
        if (m) milestones.delete(m.id);
        break;
      case 'milestone-retire':
        if (m) m.retiredAt = null;
        break;
      case 'milestone-restore':
        if (m) m.retiredAt = before.retiredAt.get(m.id) ?? null;
        break;
      case 'order':
        if (e.fromValue) reorder(milestones, e.fromValue.split(','));
        break;
      // 'review', 'closure' (read from `before`) and kinds this version does not know change no state.
    }
  }
  const list = [...milestones.values()].sort((a, b) => a.position - b.position);
  const changed = after.length > 0;
  return {
    ...rec,
    stage,
    priority,
    closureReason: changed ? before.closureReason : rec.closureReason,
    lastReviewedAt: changed ? (before.last?.at ?? null) : rec.lastReviewedAt,
    version: changed ? (before.last?.version ?? 1) : rec.version,
    milestones: list,
  };
}

/**
 * Undoes a reorder: the milestones `sequence` names (all of them, as they stood before it) take the
 * places those milestones hold, in that sequence. A reorder moves milestones between their own places.
 */
export function reorder(milestones: ReadonlyMap<number, MilestoneState>, sequence: readonly string[]): void {
  const bySlug = new Map([...milestones.values()].map((m) => [m.slug, m]));
  const named = sequence.map((slug) => bySlug.get(slug)).filter((m): m is MilestoneState => Boolean(m));
  const places = named.map((m) => m.position).sort((a, b) => a - b);
  named.forEach((m, i) => (m.position = places[i]!));
}

/** History rows read at most to rebuild a past day: the bench's scale (100,000 saves' rows). */
export const REWIND_LIMIT = 100_000;

/** Whether a past day can be rebuilt: no more changes recorded since it than a rebuild reads. */
export async function inReach(day: string, client: PrismaClient = db, limit = REWIND_LIMIT): Promise<boolean> {
  return (await client.historyEntry.count({ where: { at: { gte: endOfDay(day) } } })) <= limit;
}

/** A day with more changes recorded since than a rebuild reads: refused, never shown half rebuilt. */
export class TooFarBack extends Error {
  constructor(readonly moment: Date, limit = REWIND_LIMIT) {
    super(`More than ${limit} changes were recorded after ${moment.toISOString()}: too far back to rebuild.`);
  }
}

/**
 * Recommendations (as the caller read them now, with every milestone) as they stood at `moment`:
 * four bounded reads of the history, whatever the number of recommendations.
 */
export async function trackerAsOf<T extends TrackerState>(client: PrismaClient, recs: readonly T[], moment: Date, limit = REWIND_LIMIT): Promise<T[]> {
  const ids = recs.map((r) => r.id);
  const select = { recommendationId: true, version: true, at: true, kind: true, field: true, milestoneId: true, fromValue: true, toValue: true, effectiveAt: true } as const;
  const [after, last, closures, marks] = await Promise.all([
    // One more than the limit, to know when the day is too far back to rebuild within it.
    client.historyEntry.findMany({ where: { recommendationId: { in: ids }, at: { gte: moment } }, orderBy: [{ version: 'desc' }, { id: 'desc' }], take: limit + 1, select }),
    client.historyEntry.groupBy({ by: ['recommendationId'], where: { recommendationId: { in: ids }, at: { lt: moment } }, _max: { at: true, version: true } }),
    client.historyEntry.findMany({ where: { recommendationId: { in: ids }, at: { lt: moment }, kind: 'closure' }, orderBy: { id: 'desc' }, select: { recommendationId: true, toValue: true }, take: limit }),
    // Only the milestones whose done day or retirement an undo needs.
    client.historyEntry.findMany({
      where: { recommendationId: { in: ids }, at: { lt: moment }, OR: [{ kind: 'milestone', toValue: 'done' }, { kind: 'milestone-edit', field: 'doneAt' }, { kind: 'milestone-retire' }] },
      orderBy: { id: 'desc' },
      take: limit,
      select,
    }),
  ]);
  if (after.length > limit) throw new TooFarBack(moment, limit);
  const doneOn = new Map<number, Date>();
  const retiredAt = new Map<number, Date>();
  // Newest first: the first mark of each milestone is the one that stood. Done on the day given,
  // or on the day of the save (as the write path sets it).
  for (const e of marks) {
    if (e.milestoneId === null) continue;
    if (e.kind === 'milestone-retire') {
      if (!retiredAt.has(e.milestoneId)) retiredAt.set(e.milestoneId, e.at);
    } else if (!doneOn.has(e.milestoneId)) {
      doneOn.set(e.milestoneId, e.kind === 'milestone' ? (e.effectiveAt ?? parsePartialDate(e.at.toISOString().slice(0, 10)).date) : parsePartialDate(e.toValue!).date);
    }
  }
  return recs.map((rec) => {
    const max = last.find((l) => l.recommendationId === rec.id)?._max;
    return rewind(rec, after.filter((e) => e.recommendationId === rec.id), {
      last: max?.at && max.version ? { at: max.at, version: max.version } : null,
      closureReason: closures.find((c) => c.recommendationId === rec.id)?.toValue ?? null,
      doneOn,
      retiredAt,
    });
  });
}
