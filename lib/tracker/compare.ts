// What changed on the tracker between two days ("between the 1 June and 1 September reviews"): each
// recommendation as it stood at the end of each day, rebuilt from the history (./as-of.ts), side by
// side, with the saves recorded in between. The page, its printable briefing and the CSV read this.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { toCsv } from '@/lib/export/csv';
import { apiError } from '@/lib/api';
import { type Dropped, type RawParams, dropUnknownKeys, pickPastDay, toRawParams } from '@/lib/filters/params';
import { type MilestoneState, type TrackerState, endOfDay, trackerAsOf } from './as-of';
import { type MilestoneProgress, milestoneProgress } from './progress';

export type Days = { from: string; to: string };

/** `from` and `to` from an address: two real days, the first before the second; anything else dropped. */
export function parseDays(raw: RawParams): { days: Days | null; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, ['from', 'to', 'format'], dropped);
  const from = pickPastDay(raw, 'from', dropped);
  const to = pickPastDay(raw, 'to', dropped);
  if (from && to && from >= to) {
    dropped.push({ key: 'from', value: from }, { key: 'to', value: to });
    return { days: null, dropped };
  }
  return { days: from && to ? { from, to } : null, dropped };
}

/**
 * A comparison's API request (`/api/recommendations/changes`, `/api/register/changes`): its two days
 * and its format, or the 400 that names what is wrong.
 */
export function comparisonRequest(request: Request): { ok: true; days: Days; format: 'json' | 'csv' } | { ok: false; response: Response } {
  const search = new URL(request.url).searchParams;
  const { days, dropped } = parseDays(toRawParams(search));
  const asked = search.get('format') ?? 'json';
  const format = asked === 'json' || asked === 'csv' ? asked : null;
  if (!format) dropped.push({ key: 'format', value: asked });
  if (!days || !format || dropped.length) {
    return { ok: false, response: apiError(400, 'Give two days, from before to, as YYYY-MM-DD (from=2026-06-01&to=2026-09-01), and format json or csv.', { dropped }) };
  }
  return { ok: true, days, format };
}

type Titled = { slug: string; title: string; titleKo: string | null };

export type RecommendationDiff = {
  number: number;
  title: string;
  titleKo: string | null;
  stage: { from: string; to: string };
  priority: { from: boolean; to: boolean };
  progress: { from: MilestoneProgress; to: MilestoneProgress };
  done: Titled[];
  reopened: Titled[];
  added: Titled[];
  retired: Titled[];
  /** Saves recorded in between. */
  saves: number;
};

const titled = (m: MilestoneState): Titled => ({ slug: m.slug, title: m.title, titleKo: m.titleKo });

/** Every recommendation at the end of `from` and of `to`, and what moved in between. */
export async function compareDays(days: Days, client: PrismaClient = db): Promise<RecommendationDiff[]> {
  const now = await client.recommendation.findMany({ orderBy: { number: 'asc' }, include: { milestones: { orderBy: { position: 'asc' } } } });
  const start = endOfDay(days.from);
  const end = endOfDay(days.to);
  const [before, after, saves] = await Promise.all([
    trackerAsOf(client, now, start),
    trackerAsOf(client, now, end),
    // Each save is the next version, and versions follow time: the saves in between are a range of them.
    client.historyEntry.groupBy({ by: ['recommendationId'], where: { at: { gte: start, lt: end } }, _min: { version: true }, _max: { version: true } }),
  ]);
  const savesOf = (id: number) => {
    const range = saves.find((s) => s.recommendationId === id);
    return range?._min.version && range._max.version ? range._max.version - range._min.version + 1 : 0;
  };
  return now.map((rec, i) => diff(rec, before[i]!, after[i]!, savesOf(rec.id)));
}

function diff(rec: { number: number; title: string; titleKo: string | null }, a: TrackerState, b: TrackerState, saves: number): RecommendationDiff {
  const then = new Map(a.milestones.map((m) => [m.id, m]));
  const isDone = (m: MilestoneState | undefined) => Boolean(m && m.doneAt && !m.retiredAt);
  return {
    number: rec.number,
    title: rec.title,
    titleKo: rec.titleKo,
    stage: { from: a.stage, to: b.stage },
    priority: { from: a.priority, to: b.priority },
    progress: { from: milestoneProgress(a.milestones), to: milestoneProgress(b.milestones) },
    done: b.milestones.filter((m) => isDone(m) && !isDone(then.get(m.id))).map(titled),
    reopened: b.milestones.filter((m) => !m.retiredAt && !m.doneAt && isDone(then.get(m.id))).map(titled),
    added: b.milestones.filter((m) => !then.has(m.id)).map(titled),
    retired: b.milestones.filter((m) => m.retiredAt && !then.get(m.id)?.retiredAt).map(titled),
    saves,
  };
}

/** Whether anything about a recommendation moved between the two days. */
export const moved = (d: RecommendationDiff) => d.saves > 0 || d.stage.from !== d.stage.to || d.priority.from !== d.priority.to || d.done.length + d.reopened.length + d.added.length + d.retired.length > 0;

/** The comparison as CSV: one row per recommendation, the two days' values side by side. */
export function comparisonCsv(days: Days, diffs: readonly RecommendationDiff[]): string {
  const names = (list: Titled[]) => list.map((m) => m.title).join('; ');
  return toCsv(
    ['number', 'title', `stage_${days.from}`, `stage_${days.to}`, `milestones_done_${days.from}`, `milestones_done_${days.to}`, `milestones_total_${days.to}`, `priority_${days.from}`, `priority_${days.to}`, 'milestones_done_between', 'milestones_reopened_between', 'milestones_added_between', 'milestones_retired_between', 'saves_between'],
    diffs.map((d) => [d.number, d.title, d.stage.from, d.stage.to, d.progress.from.done, d.progress.to.done, d.progress.to.total, d.priority.from, d.priority.to, names(d.done), names(d.reopened), names(d.added), names(d.retired), d.saves]),
  );
}
