// "Apply my change on top of the current version": what an editor changed, relative to the version
// their form loaded, carried onto the version someone else saved since. Only the editor's own
// changes move; everything else stays as the other save left it.
import type { RecommendationStage } from '@/lib/schemas/recommendation';

/** The tracker form's hidden fields that say which version it loaded: what "my change" is measured against. */
export const baseFields = { stage: 'baseStage', done: 'baseDone' } as const;

export type TrackerState = { stage: RecommendationStage; doneMilestones: readonly string[] };

/** The editor's change (`mine` against `base`, the version they loaded) applied onto `current`. */
export function mergeOnto(current: TrackerState, base: TrackerState, mine: TrackerState): TrackerState {
  const done = new Set(current.doneMilestones);
  const before = new Set(base.doneMilestones);
  const after = new Set(mine.doneMilestones);
  for (const slug of after) if (!before.has(slug)) done.add(slug);
  for (const slug of before) if (!after.has(slug)) done.delete(slug);
  return { stage: mine.stage !== base.stage ? mine.stage : current.stage, doneMilestones: [...done] };
}

/** What the editor changed, relative to the version they loaded: a stage move, milestones ticked and unticked. */
export function ownChanges(base: TrackerState, mine: TrackerState): { stage: { from: RecommendationStage; to: RecommendationStage } | null; done: string[]; undone: string[] } {
  const before = new Set(base.doneMilestones);
  const after = new Set(mine.doneMilestones);
  return {
    stage: mine.stage !== base.stage ? { from: base.stage, to: mine.stage } : null,
    done: [...after].filter((s) => !before.has(s)),
    undone: [...before].filter((s) => !after.has(s)),
  };
}
