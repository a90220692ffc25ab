// The /recommendations view in the URL: text, stage and actor filters, and an order.
import { actors, recommendationStages } from '@/lib/schemas/recommendation';
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickMany, pickOne, pickPastDay, pickText } from './params';

export const recommendationSorts = ['number', '-number', 'stage', '-stage', 'progress', '-progress', 'reviewed', '-reviewed'] as const;
export type RecommendationSort = (typeof recommendationSorts)[number];
export const DEFAULT_RECOMMENDATION_SORT: RecommendationSort = 'number';

export type RecommendationFilters = {
  q?: string;
  /** Shown as it stood at the end of this day (UTC), from the history: `2026-06-30`. */
  asof?: string;
  stage: (typeof recommendationStages)[number][];
  actor: (typeof actors)[number][];
  sort: RecommendationSort;
};

export const emptyRecommendationFilters: RecommendationFilters = { stage: [], actor: [], sort: DEFAULT_RECOMMENDATION_SORT };

export function parseRecommendationFilters(raw: RawParams): { filters: RecommendationFilters; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, ['q', 'stage', 'actor', 'sort', 'asof'], dropped);
  return {
    filters: {
      q: pickText(raw, 'q'),
      asof: pickPastDay(raw, 'asof', dropped),
      stage: pickMany(raw, 'stage', recommendationStages, dropped),
      actor: pickMany(raw, 'actor', actors, dropped),
      sort: pickOne(raw, 'sort', recommendationSorts, dropped) ?? DEFAULT_RECOMMENDATION_SORT,
    },
    dropped,
  };
}

/** The canonical query string (defaults left out): q, stage, actor, sort, asof. */
export function buildRecommendationQuery(f: RecommendationFilters): string {
  return buildQuery([
    ['q', f.q],
    ['stage', f.stage],
    ['actor', f.actor],
    ['sort', f.sort === DEFAULT_RECOMMENDATION_SORT ? undefined : f.sort],
    ['asof', f.asof],
  ]);
}

export function hasRecommendationFilters(f: RecommendationFilters): boolean {
  return Boolean(f.q || f.stage.length || f.actor.length);
}
