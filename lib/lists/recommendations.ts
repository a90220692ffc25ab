// The recommendations list: the scorecard (/recommendations), its embed and /api/recommendations.
import { cachedRead } from '@/lib/cache/read-cache';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import {
  DEFAULT_RECOMMENDATION_SORT,
  type RecommendationFilters,
  buildRecommendationQuery,
  parseRecommendationFilters,
} from '@/lib/filters/recommendations';
import { translatorFor } from '@/lib/i18n/translator';
import { listRecommendations } from '@/lib/queries/recommendations';
import { recommendationColumns } from '@/lib/records/recommendation';
import { recommendationFacetList } from './recommendation-facets';
import { type ListSpec, listOf, sortPart, wholeRows } from './spec';

export const recommendationsList: ListSpec<'recommendations', RecommendationFilters> = {
  kind: 'recommendations',
  path: '/recommendations',
  parse: parseRecommendationFilters,
  build: buildRecommendationQuery,
  facets: recommendationFacetList,
  count: async (f, client) => (await listRecommendations(f, client)).length,
  describe(f, locale) {
    const t = translatorFor(locale, 'views');
    const vocab = translatorFor(locale, 'vocab');
    const columns = translatorFor(locale, 'views.sortColumns.recommendations');
    const parts: string[] = [];
    if (f.q) parts.push(t('matching', { q: f.q }));
    if (f.stage.length) parts.push(t('recommendations.stage', { values: listOf(f.stage.map((v) => vocab(`recommendationStage.${v}`))) }));
    if (f.actor.length) parts.push(t('recommendations.actor', { values: listOf(f.actor.map((v) => vocab(`actor.${v}`))) }));
    parts.push(...sortPart(t, f.sort, DEFAULT_RECOMMENDATION_SORT, (c) => columns(c)));
    return parts;
  },
  rows: (f, client) => wholeRows(recommendationColumns, listRecommendations(f, client)),
  // A tracker save changes the scorecard; it must not make the other lists re-read.
  asOf: cachedRead('recommendations.asOf', ['register', 'tracker'], async (client: PrismaClient) => (await client.recommendation.aggregate({ _max: { updatedAt: true } }))._max.updatedAt),
};
