// Saving a change to a recommendation: the stage, milestones and review date move together with
// their history entries in one transaction, and only if nobody saved since the editor loaded it.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { FieldErrors, FieldProblem } from '@/lib/problems';
import type { RecommendationChange, RecommendationStage } from '@/lib/schemas/recommendation';
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
  | { kind: 'unknown-milestones'; slugs: string[] };

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
      const rec = await tx.recommendation.findUnique({ where: { number }, include: { milestones: true } });
      if (!rec) return { ok: false, reason: 'not-found' };
      if (rec.version !== change.expectedVersion) throw new StaleVersion();

      const from = rec.stage as RecommendationStage;
      const to = change.stage && change.stage !== from ? change.stage : null;
      if (to && !canMove(from, to)) {
        return { ok: false, reason: 'invalid', problem: { kind: 'cannot-move', from, to } };
      }
      if (to && requiresEvidence(to) && !change.evidenceUrl) {
        return { ok: false, reason: 'invalid', problem: { kind: 'evidence-required' } };
      }
      const known = new Set(rec.milestones.map((m) => m.slug));
      const unknown = (change.doneMilestones ?? []).filter((slug) => !known.has(slug));
      if (unknown.length) {
        return { ok: false, reason: 'invalid', problem: { kind: 'unknown-milestones', slugs: unknown } };
      }

      // The compare-and-set on the version is what makes two simultaneous saves safe on any database.
      const version = rec.version + 1;
      const { count } = await tx.recommendation.updateMany({
        where: { id: rec.id, version: rec.version },
        data: { version, lastReviewedAt: now, ...(to ? { stage: to } : {}) },
      });
      if (count !== 1) throw new StaleVersion();

      const base = { recommendationId: rec.id, version, at: now, userId: author.id, authorName: author.name, note: change.note, evidenceUrl: change.evidenceUrl ?? null };
      let entries = 0;
      if (to) {
        await tx.historyEntry.create({ data: { ...base, kind: 'stage', fromValue: from, toValue: to } });
        entries += 1;
      }
      if (change.doneMilestones) {
        const done = new Set(change.doneMilestones);
        for (const m of rec.milestones) {
          const nowDone = done.has(m.slug);
          if (nowDone === (m.doneAt !== null)) continue;
          await tx.milestone.update({ where: { id: m.id }, data: { doneAt: nowDone ? now : null } });
          await tx.historyEntry.create({
            data: { ...base, kind: 'milestone', milestoneId: m.id, fromValue: nowDone ? 'open' : 'done', toValue: nowDone ? 'done' : 'open' },
          });
          entries += 1;
        }
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
        select: { id: true, recommendationId: true, version: true, at: true, authorName: true, kind: true, fromValue: true, toValue: true, note: true, evidenceUrl: true, milestone: { select: { slug: true, title: true, titleKo: true } } },
      })
    ).reverse();
    const current: CurrentState = { stage: rec.stage as RecommendationStage, doneMilestones: rec.milestones.map((m) => m.slug) };
    return { ok: false, reason: 'conflict', currentVersion: rec.version, since, current };
  }
}

/** `applyRecommendationChange` on the app's database unless told otherwise, for callers above lib/. */
export function saveRecommendationChange(author: Author, number: number, change: RecommendationChange, client: PrismaClient = db): Promise<ChangeResult> {
  return applyRecommendationChange(client, author, number, change);
}

/** The form field each refused change concerns. */
const fieldOf = { 'cannot-move': 'stage', 'evidence-required': 'evidenceUrl', 'unknown-milestones': 'doneMilestones' } as const satisfies Record<ChangeProblem['kind'], string>;

/** A refused change's reason as a form shows it: a problem code on the field it concerns (worded by lib/i18n/problems.ts). */
export function changeProblems(problem: ChangeProblem): FieldErrors {
  const code: FieldProblem =
    problem.kind === 'cannot-move'
      ? { code: 'cannotMove', params: { from: problem.from, to: problem.to } }
      : problem.kind === 'evidence-required'
        ? { code: 'evidenceRequired' }
        : { code: 'milestones' };
  return { [fieldOf[problem.kind]]: [code] };
}

/** A refused change's reason as the API reports it: English words on the field it concerns. */
export function problemFieldErrors(problem: ChangeProblem): Record<string, string[]> {
  const words =
    problem.kind === 'cannot-move'
      ? `A recommendation cannot move from “${problem.from}” to “${problem.to}”.`
      : problem.kind === 'evidence-required'
        ? 'Link the evidence for this status.'
        : `Unknown milestones: ${problem.slugs.join(', ')}`;
  return { [fieldOf[problem.kind]]: [words] };
}
