// The /recommendations view in the URL: filter by stage and actor.
import { actors, recommendationStages } from '@/lib/schemas/recommendation';
import { type Dropped, type RawParams, buildQuery, dropUnknownKeys, pickMany } from './params';

export type RecommendationFilters = {
  stage: (typeof recommendationStages)[number][];
  actor: (typeof actors)[number][];
};

export const emptyRecommendationFilters: RecommendationFilters = { stage: [], actor: [] };

export function parseRecommendationFilters(raw: RawParams): { filters: RecommendationFilters; dropped: Dropped } {
  const dropped: Dropped = [];
  dropUnknownKeys(raw, ['stage', 'actor'], dropped);
  return {
    filters: { stage: pickMany(raw, 'stage', recommendationStages, dropped), actor: pickMany(raw, 'actor', actors, dropped) },
    dropped,
  };
}

export function buildRecommendationQuery(f: RecommendationFilters): string {
  return buildQuery([
    ['stage', f.stage],
    ['actor', f.actor],
  ]);
}

export function toggleRecommendationFilter(f: RecommendationFilters, key: 'stage' | 'actor', value: string): RecommendationFilters {
  const current: string[] = f[key];
  return { ...f, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort() };
}
