// A recommendation's flat form: the columns of the scorecard's export.
import type { RecommendationListItem } from '@/lib/queries/recommendations';
import { isStale, milestoneProgress } from '@/lib/tracker/progress';
import { type Column, isoDay, isoInstant } from './column';

export const recommendationColumns: Column<RecommendationListItem>[] = [
  { name: 'number', value: (r) => r.number },
  { name: 'title', value: (r) => r.title },
  { name: 'title_ko', value: (r) => r.titleKo },
  { name: 'stage', value: (r) => r.stage },
  { name: 'actors', value: (r) => r.actors.map((a) => a.actor) },
  { name: 'milestones_done', value: (r) => milestoneProgress(r.milestones).done },
  { name: 'milestones_total', value: (r) => milestoneProgress(r.milestones).total },
  { name: 'progress_percent', value: (r) => milestoneProgress(r.milestones).percent },
  { name: 'last_reviewed_on', value: (r) => isoDay(r.lastReviewedAt) },
  { name: 'stale', value: (r) => isStale(r.lastReviewedAt) },
  { name: 'version', value: (r) => r.version },
  { name: 'updated_at', value: (r) => isoInstant(r.updatedAt) },
  { name: 'url', value: (r, origin) => `${origin}/recommendations/${r.number}` },
];
