// Saving a change to a recommendation: the stage, milestones and review date move together with
// their history entries in one transaction, and only if nobody saved since the editor loaded it.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { FieldErrors, FieldProblem } from '@/lib/problems';
import { savedRowSelect } from '@/lib/queries/recommendations';
import { parsePartialDate } from '@/lib/schemas/common';
import { type Actor, type HistoryKind, type MilestoneField, type RecommendationChange, type RecommendationStage, closingStages } from '@/lib/schemas/recommendation';
import { dayText, targetText } from './form';
import { canMove, requiresEvidence } from './progress';
import type { SavedRow } from './saves';

export type Author = { id: number; name: string };

export type ChangeResult =
  | { ok: true; version: number; entries: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid'; problem: ChangeProblem }
  | { ok: false; reason: 'conflict'; currentVersion: number; since: ConflictEntry[]; current: CurrentState };

/** Where a recommendation stands now: what a stale save is compared with, and merged onto. */
export type CurrentState = { stage: RecommendationStage; doneMilestones: string[] };

/**
 * Why a valid-looking change was refused: a code and its particulars, never words. The form words
 * it in the reader's language (changeProblems), the API in English (problemFieldErrors).
 */
export type ChangeProblem =
  | { kind: 'cannot-move'; from: RecommendationStage; to: RecommendationStage }
  | { kind: 'evidence-required' }
  | { kind: 'closure-required' }
  | { kind: 'unknown-milestones'; slugs: string[] }
  | { kind: 'retired-milestones'; slugs: string[] }
  | { kind: 'bad-order' }
  | { kind: 'response-actor'; actor: Actor; actors: Actor[] }
  | { kind: 'unknown-responses'; ids: number[] };

/** A history row a stale save is shown beside: a saved row (./saves.ts) whose milestone has its slug. */
export type ConflictEntry = Omit<SavedRow, 'milestone'> & { milestone: { slug: string; title: string; titleKo: string | null } | null };

/** History rows a refused save reports at most (the newest). */
const CONFLICT_ROWS = 200;

/** Raised inside the transaction to roll it back when another save won the race. */
class StaleVersion extends Error {}

export async function applyRecommendationChange(
  client: PrismaClient,
  author: Author,
  number: number,
  change: RecommendationChange,
  now: Date = new Date(),
): Promise<ChangeResult> {
  try {
    return await client.$transaction(async (tx): Promise<ChangeResult> => {
      const rec = await tx.recommendation.findUnique({
        where: { number },
        include: { milestones: { orderBy: { position: 'asc' } }, actors: { select: { actor: true } }, responses: { select: { id: true, retiredAt: true } } },
      });
      if (!rec) return { ok: false, reason: 'not-found' };
      if (rec.version !== change.expectedVersion) throw new StaleVersion();

      const plan = planChange(rec, change, now);
      if (!plan.ok) return { ok: false, reason: 'invalid', problem: plan.problem };

      // The compare-and-set on the version is what makes two simultaneous saves safe on any database.
      const version = rec.version + 1;
      const { count } = await tx.recommendation.updateMany({ where: { id: rec.id, version: rec.version }, data: { version, lastReviewedAt: now, ...plan.recommendation } });
      if (count !== 1) throw new StaleVersion();

      const base = { recommendationId: rec.id, version, at: now, userId: author.id, authorName: author.name, note: change.note, evidenceUrl: change.evidenceUrl ?? null };
      for (const m of plan.milestoneUpdates) await tx.milestone.update({ where: { id: m.id }, data: m.data });
      let entries = 0;
      for (const entry of plan.entries) {
        const milestoneId = entry.add ? (await tx.milestone.create({ data: { recommendationId: rec.id, ...entry.add } })).id : entry.milestoneId;
        // A response is recorded (or retired) with the entry that says so: same transaction, same version.
        let responseId = entry.responseId;
        if (entry.respond) responseId = (await tx.recommendationResponse.create({ data: { recommendationId: rec.id, recordedAt: now, ...entry.respond } })).id;
        if (entry.kind === 'response-retire' && responseId !== undefined) await tx.recommendationResponse.update({ where: { id: responseId }, data: { retiredAt: now } });
        await tx.historyEntry.create({
          data: { ...base, kind: entry.kind, field: entry.field ?? null, milestoneId: milestoneId ?? null, responseId: responseId ?? null, fromValue: entry.from ?? null, toValue: entry.to ?? null, effectiveAt: entry.effectiveAt ?? null },
        });
        entries += 1;
      }
      // A save that changes nothing else still records that someone reviewed it, and why.
      if (entries === 0) {
        await tx.historyEntry.create({ data: { ...base, kind: 'review' } });
        entries = 1;
      }
      return { ok: true, version, entries };
    });
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const rec = await client.recommendation.findUniqueOrThrow({
      where: { number },
      select: { id: true, version: true, stage: true, milestones: { where: { doneAt: { not: null } }, orderBy: { position: 'asc' }, select: { slug: true } } },
    });
    // Bounded: a form open for months could be hundreds of saves behind; the newest are what matter.
    const since = (
      await client.historyEntry.findMany({
        where: { recommendationId: rec.id, version: { gt: change.expectedVersion } },
        orderBy: [{ version: 'desc' }, { id: 'desc' }],
        take: CONFLICT_ROWS,
        select: { ...savedRowSelect, milestone: { select: { slug: true, title: true, titleKo: true } } },
      })
    ).reverse();
    const current: CurrentState = { stage: rec.stage as RecommendationStage, doneMilestones: rec.milestones.map((m) => m.slug) };
    return { ok: false, reason: 'conflict', currentVersion: rec.version, since, current };
  }
}

type StoredMilestone = { id: number; slug: string; position: number; title: string; titleKo: string | null; actor: string; targetDate: Date | null; doneAt: Date | null; retiredAt: Date | null };
type StoredRecommendation = {
  stage: string;
  priority: boolean;
  milestones: StoredMilestone[];
  /** Whom it addresses: only they respond to it. */
  actors: ReadonlyArray<{ actor: string }>;
  responses: ReadonlyArray<{ id: number; retiredAt: Date | null }>;
};

/** One history row a save writes; `add` creates its milestone first, `respond` its response. */
type PlannedEntry = {
  kind: HistoryKind;
  field?: MilestoneField;
  milestoneId?: number;
  add?: { slug: string; position: number; title: string; titleKo: string | null; actor: string; targetDate: Date | null };
  responseId?: number;
  respond?: { actor: string; respondedOn: Date; position: string; positionKo: string | null; evidenceUrl: string };
  from?: string | null;
  to?: string | null;
  effectiveAt?: Date | null;
};

type Plan =
  | { ok: true; recommendation: { stage?: string; priority?: boolean; closureReason?: string }; milestoneUpdates: Array<{ id: number; data: Record<string, unknown> }>; entries: PlannedEntry[] }
  | { ok: false; problem: ChangeProblem };

/**
 * What a change does to a recommendation as stored: the columns it sets and the history rows it
 * writes, in the order a reader reads them (stage, closure, priority, then each milestone), or
 * why it is refused. Pure: the transaction above writes the plan.
 */
export function planChange(rec: StoredRecommendation, change: RecommendationChange, now: Date): Plan {
  const from = rec.stage as RecommendationStage;
  const to = change.stage && change.stage !== from ? change.stage : null;
  if (to && !canMove(from, to)) return { ok: false, problem: { kind: 'cannot-move', from, to } };
  if (to && requiresEvidence(to) && !change.evidenceUrl) return { ok: false, problem: { kind: 'evidence-required' } };
  const closing = to !== null && (closingStages as readonly string[]).includes(to);
  if (closing && !change.closureReason) return { ok: false, problem: { kind: 'closure-required' } };

  const bySlug = new Map(rec.milestones.map((m) => [m.slug, m]));
  const edits = new Map((change.milestones ?? []).map((e) => [e.slug, e]));
  const unknown = [...(change.doneMilestones ?? []), ...edits.keys(), ...(change.order ?? [])].filter((slug) => !bySlug.has(slug));
  if (unknown.length) return { ok: false, problem: { kind: 'unknown-milestones', slugs: [...new Set(unknown)] } };
  const retiredAfter = (m: StoredMilestone) => edits.get(m.slug)?.retired ?? m.retiredAt !== null;
  const active = rec.milestones.filter((m) => !retiredAfter(m));
  const retiredDone = (change.doneMilestones ?? []).filter((slug) => retiredAfter(bySlug.get(slug)!));
  if (retiredDone.length) return { ok: false, problem: { kind: 'retired-milestones', slugs: retiredDone } };
  if (change.order && (change.order.length !== active.length || new Set(change.order).size !== active.length || change.order.some((slug) => retiredAfter(bySlug.get(slug)!)))) {
    return { ok: false, problem: { kind: 'bad-order' } };
  }
  // Only an actor the recommendation addresses responds to it; only its own responses are retired.
  const addressed = rec.actors.map((a) => a.actor as Actor);
  const stranger = (change.addResponses ?? []).find((r) => !addressed.includes(r.actor));
  if (stranger) return { ok: false, problem: { kind: 'response-actor', actor: stranger.actor, actors: addressed } };
  const responses = new Map(rec.responses.map((r) => [r.id, r]));
  const unknownResponses = (change.retireResponses ?? []).filter((id) => !responses.has(id));
  if (unknownResponses.length) return { ok: false, problem: { kind: 'unknown-responses', ids: [...new Set(unknownResponses)] } };

  const entries: PlannedEntry[] = [];
  const recommendation: Extract<Plan, { ok: true }>['recommendation'] = {};
  if (to) {
    recommendation.stage = to;
    entries.push({ kind: 'stage', from, to });
  }
  if (closing) {
    recommendation.closureReason = change.closureReason;
    entries.push({ kind: 'closure', to: change.closureReason });
  }
  if (change.priority !== undefined && change.priority !== rec.priority) {
    recommendation.priority = change.priority;
    entries.push({ kind: 'priority', from: rec.priority ? 'yes' : 'no', to: change.priority ? 'yes' : 'no' });
  }

  const done = change.doneMilestones ? new Set(change.doneMilestones) : null;
  const milestoneUpdates: Array<{ id: number; data: Record<string, unknown> }> = [];
  for (const m of rec.milestones) {
    const edit = edits.get(m.slug);
    const data: Record<string, unknown> = {};
    const row = (entry: Omit<PlannedEntry, 'milestoneId'>) => entries.push({ ...entry, milestoneId: m.id });
    const wasRetired = m.retiredAt !== null;
    if (edit?.retired !== undefined && edit.retired !== wasRetired) {
      data.retiredAt = edit.retired ? now : null;
      row({ kind: edit.retired ? 'milestone-retire' : 'milestone-restore' });
    }
    for (const field of ['title', 'titleKo', 'actor'] as const) {
      const value = edit?.[field];
      if (value === undefined || value === (m[field] ?? '')) continue;
      data[field] = field === 'titleKo' ? value || null : value;
      row({ kind: 'milestone-edit', field, from: m[field] ?? null, to: value || null });
    }
    if (edit?.targetDate !== undefined) {
      const before = targetText(m.targetDate);
      if (edit.targetDate !== before) {
        data.targetDate = edit.targetDate === null ? null : parsePartialDate(edit.targetDate).date;
        row({ kind: 'milestone-edit', field: 'targetDate', from: before, to: edit.targetDate });
      }
    }
    // Done or reopened in this save: on the day the editor gives, or today.
    const isDone = m.doneAt !== null;
    const nowDone = done && !retiredAfter(m) ? done.has(m.slug) : isDone;
    const doneOn = edit?.doneOn ? parsePartialDate(edit.doneOn).date : null;
    if (nowDone !== isDone) {
      // A milestone is done on a day: the one the editor gives, or the day of the save (UTC).
      data.doneAt = nowDone ? (doneOn ?? parsePartialDate(dayText(now)).date) : null;
      row({ kind: 'milestone', from: isDone ? 'done' : 'open', to: nowDone ? 'done' : 'open', effectiveAt: nowDone ? doneOn : null });
    } else if (isDone && doneOn && dayText(doneOn) !== dayText(m.doneAt!)) {
      data.doneAt = doneOn;
      row({ kind: 'milestone-edit', field: 'doneAt', from: dayText(m.doneAt!), to: dayText(doneOn) });
    }
    if (Object.keys(data).length) milestoneUpdates.push({ id: m.id, data });
  }

  // A new order places the active milestones as given, then the retired ones; retiring alone moves
  // nothing, so that an order entry (all milestones, before and after) is all a past view needs.
  const activeNow = active.map((m) => m.slug);
  if (change.order && change.order.join() !== activeNow.join()) {
    // The milestones move between the places they hold (as seeded, from 0), so an undo is exact.
    const sequence = [...change.order, ...rec.milestones.filter(retiredAfter).map((m) => m.slug)];
    const places = rec.milestones.map((m) => m.position).sort((a, b) => a - b);
    entries.push({ kind: 'order', from: rec.milestones.map((m) => m.slug).join(','), to: sequence.join(',') });
    sequence.forEach((slug, i) => {
      const m = bySlug.get(slug)!;
      if (m.position === places[i]) return;
      const update = milestoneUpdates.find((u) => u.id === m.id);
      if (update) update.data.position = places[i];
      else milestoneUpdates.push({ id: m.id, data: { position: places[i] } });
    });
  }

  const slugs = new Set(bySlug.keys());
  (change.addMilestones ?? []).forEach((added, i) => {
    const slug = uniqueSlug(added.title, slugs);
    slugs.add(slug);
    entries.push({
      kind: 'milestone-add',
      to: added.title,
      add: { slug, position: Math.max(-1, ...rec.milestones.map((m) => m.position)) + i + 1, title: added.title, titleKo: added.titleKo || null, actor: added.actor, targetDate: added.targetDate ? parsePartialDate(added.targetDate).date : null },
    });
  });

  // Responses: each recorded on the day the actor gave it; one retired already stays as it is.
  for (const r of change.addResponses ?? []) {
    const respondedOn = parsePartialDate(r.respondedOn).date;
    entries.push({ kind: 'response', to: r.actor, effectiveAt: respondedOn, respond: { actor: r.actor, respondedOn, position: r.position, positionKo: r.positionKo ?? null, evidenceUrl: r.evidenceUrl } });
  }
  for (const id of new Set(change.retireResponses ?? [])) {
    if (responses.get(id)!.retiredAt === null) entries.push({ kind: 'response-retire', responseId: id });
  }
  return { ok: true, recommendation, milestoneUpdates, entries };
}

/** A milestone's slug from its title, unique within its recommendation (`…-2`, `…-3` after a clash). */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
  const stem =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'milestone';
  const base = stem.length >= 2 ? stem : `milestone-${stem}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

/** `applyRecommendationChange` on the app's database unless told otherwise, for callers above lib/. */
export function saveRecommendationChange(author: Author, number: number, change: RecommendationChange, client: PrismaClient = db): Promise<ChangeResult> {
  return applyRecommendationChange(client, author, number, change);
}

/** The form field each refused change concerns. */
const fieldOf = {
  'cannot-move': 'stage',
  'evidence-required': 'evidenceUrl',
  'closure-required': 'closureReason',
  'unknown-milestones': 'doneMilestones',
  'retired-milestones': 'doneMilestones',
  'bad-order': 'order',
  'response-actor': 'addResponses',
  'unknown-responses': 'retireResponses',
} as const satisfies Record<ChangeProblem['kind'], string>;

/** A refused change's reason as a form shows it: a problem code on the field it concerns (worded by lib/i18n/problems.ts). */
export function changeProblems(problem: ChangeProblem): FieldErrors {
  const codes = {
    'cannot-move': 'cannotMove',
    'evidence-required': 'evidenceRequired',
    'closure-required': 'closureRequired',
    'unknown-milestones': 'milestones',
    'retired-milestones': 'retiredMilestones',
    'bad-order': 'milestoneOrder',
    'response-actor': 'responseActor',
    'unknown-responses': 'responses',
  } as const satisfies Record<ChangeProblem['kind'], FieldProblem['code']>;
  const code: FieldProblem = problem.kind === 'cannot-move' ? { code: codes[problem.kind], params: { from: problem.from, to: problem.to } } : { code: codes[problem.kind] };
  return { [fieldOf[problem.kind]]: [code] };
}

/** A refused change's reason as the API reports it: English words on the field it concerns. */
export function problemFieldErrors(problem: ChangeProblem): Record<string, string[]> {
  const words = {
    'cannot-move': () => `A recommendation cannot move from “${(problem as { from: string }).from}” to “${(problem as { to: string }).to}”.`,
    'evidence-required': () => 'Link the evidence for this status.',
    'closure-required': () => 'Give the closure reason: a move to implemented or superseded records why.',
    'unknown-milestones': () => `Unknown milestones: ${(problem as { slugs: string[] }).slugs.join(', ')}`,
    'retired-milestones': () => `Retired milestones cannot be done: ${(problem as { slugs: string[] }).slugs.join(', ')}`,
    'bad-order': () => 'The order must list every active milestone once.',
    'response-actor': () => {
      const { actor, actors } = problem as { actor: string; actors: string[] };
      return `This recommendation does not address “${actor}”: only ${actors.join(', ')} can respond to it.`;
    },
    'unknown-responses': () => `Not responses to this recommendation: ${(problem as { ids: number[] }).ids.join(', ')}`,
  } satisfies Record<ChangeProblem['kind'], () => string>;
  return { [fieldOf[problem.kind]]: [words[problem.kind]()] };
}
