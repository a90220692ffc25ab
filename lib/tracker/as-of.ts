// The tracker as it stood at the end of a past day, rebuilt from its append-only history: start from
// each recommendation as it stands now and undo, newest first, every change recorded after that
// moment. Nothing is stored twice; a past view is as exact as the history it is read from.
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
 * `rec` as it stood before the changes `after` were made: its own history rows recorded after the
 * moment, newest first (all of them, or only the oldest of each kind to each thing: the oldest is
 * applied last and wins). Pure: the reads are done by `trackerAsOf` below.
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
  // The last review, the version and the closure reason are what the history up to the moment says.
  return { ...rec, stage, priority, closureReason: before.closureReason, lastReviewedAt: before.last?.at ?? null, version: before.last?.version ?? 1, milestones: list };
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

/**
 * Recommendations (as the caller read them now, with every milestone) as they stood at `moment`.
 * Only the oldest change after the moment to each thing (a stage, a milestone's field, its being
 * done…) says what stood then, and only the newest closure, done day and retirement before it: the
 * database groups the history to those rows, so a day a year back reads a few hundred rows, not the
 * 100,000 entries recorded since.
 */
export async function trackerAsOf<T extends TrackerState>(client: PrismaClient, recs: readonly T[], moment: Date): Promise<T[]> {
  const mine = { recommendationId: { in: recs.map((r) => r.id) } };
  const by = ['recommendationId', 'kind', 'milestoneId', 'field'] as const;
  const [oldestAfter, last, newestBefore] = await Promise.all([
    // A review changes nothing but the last review, which `last` says.
    client.historyEntry.groupBy({ by: [...by], where: { ...mine, at: { gte: moment }, kind: { not: 'review' } }, _min: { id: true } }),
    client.historyEntry.groupBy({ by: ['recommendationId'], where: { ...mine, at: { lt: moment } }, _max: { at: true, version: true } }),
    client.historyEntry.groupBy({
      by: [...by],
      where: { ...mine, at: { lt: moment }, OR: [{ kind: 'closure' }, { kind: 'milestone', toValue: 'done' }, { kind: 'milestone-edit', field: 'doneAt' }, { kind: 'milestone-retire' }] },
      _max: { id: true },
    }),
  ]);
  const wanted = [...oldestAfter.map((g) => g._min.id), ...newestBefore.map((g) => g._max.id)].filter((id): id is number => id !== null);
  const select = { id: true, recommendationId: true, version: true, at: true, kind: true, field: true, milestoneId: true, fromValue: true, toValue: true, effectiveAt: true } as const;
  const rows = wanted.length ? await client.historyEntry.findMany({ where: { id: { in: wanted } }, select }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const newestFirst = (ids: Array<number | null>) => ids.flatMap((id) => (id === null ? [] : [byId.get(id)!])).sort((a, b) => b.id - a.id);
  const after = newestFirst(oldestAfter.map((g) => g._min.id));
  const marks = newestFirst(newestBefore.map((g) => g._max.id));

  const doneOn = new Map<number, Date>();
  const retiredAt = new Map<number, Date>();
  const closures = new Map<number, string | null>();
  // Newest first: the first mark of each milestone is the one that stood. Done on the day given,
  // or on the day of the save (as the write path sets it).
  for (const e of marks) {
    if (e.kind === 'closure') {
      if (!closures.has(e.recommendationId)) closures.set(e.recommendationId, e.toValue);
    } else if (e.milestoneId === null) continue;
    else if (e.kind === 'milestone-retire') {
      if (!retiredAt.has(e.milestoneId)) retiredAt.set(e.milestoneId, e.at);
    } else if (!doneOn.has(e.milestoneId)) {
      doneOn.set(e.milestoneId, e.kind === 'milestone' ? (e.effectiveAt ?? parsePartialDate(e.at.toISOString().slice(0, 10)).date) : parsePartialDate(e.toValue!).date);
    }
  }
  return recs.map((rec) => {
    const max = last.find((l) => l.recommendationId === rec.id)?._max;
    return rewind(rec, after.filter((e) => e.recommendationId === rec.id), {
      last: max?.at && max.version ? { at: max.at, version: max.version } : null,
      closureReason: closures.get(rec.id) ?? null,
      doneOn,
      retiredAt,
    });
  });
}
