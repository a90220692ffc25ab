// The tracker's rules: how a recommendation may move between stages, what a move requires, and
// progress derived from milestones (never typed in).
import type { RecommendationStage } from '@/lib/schemas/recommendation';

/** Where a recommendation may go from each stage. "superseded" is reachable from anywhere. */
const moves: Record<RecommendationStage, readonly RecommendationStage[]> = {
  'not-assessed': ['not-started', 'in-progress', 'stalled', 'partially-implemented', 'implemented'],
  'not-started': ['in-progress', 'stalled'],
  'in-progress': ['stalled', 'partially-implemented', 'implemented', 'not-started'],
  stalled: ['in-progress', 'not-started'],
  'partially-implemented': ['implemented', 'in-progress', 'stalled'],
  implemented: ['partially-implemented'],
  superseded: ['not-assessed'],
};

export function canMove(from: RecommendationStage, to: RecommendationStage): boolean {
  if (from === to) return false;
  return to === 'superseded' || moves[from].includes(to);
}

/** Moving to these stages must cite evidence. */
export function requiresEvidence(to: RecommendationStage): boolean {
  return to === 'partially-implemented' || to === 'implemented';
}

export type MilestoneProgress = { done: number; total: number; percent: number };

/** Progress is counted over the milestones that stand: a retired one counts neither way. */
export function milestoneProgress(milestones: ReadonlyArray<{ doneAt: Date | null; retiredAt?: Date | null }>): MilestoneProgress {
  const standing = milestones.filter((m) => !m.retiredAt);
  const total = standing.length;
  const done = standing.filter((m) => m.doneAt !== null).length;
  return { done, total, percent: total ? Math.round((done / total) * 100) : 0 };
}

export const STALE_AFTER_DAYS = 90;

/**
 * A recommendation is stale when its last assessment is over 90 days old. Staleness applies only
 * to recommendations that have been assessed: one never reviewed (as seeded from the paper), or
 * still "not assessed", shows the date of its source instead, and is not stale.
 */
export function isStale(lastReviewedAt: Date | null, now: Date = new Date(), stage?: string): boolean {
  if (!lastReviewedAt || stage === 'not-assessed') return false;
  return now.getTime() - lastReviewedAt.getTime() > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}
