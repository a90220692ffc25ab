// The scorecard's facets: stage and actor, each a fixed vocabulary offered whole and uncounted.
// Which recommendations they keep is read in lib/queries/recommendations.ts.
import { type RecommendationFilters, buildRecommendationQuery } from '@/lib/filters/recommendations';
import { translatorFor } from '@/lib/i18n/translator';
import { actors, recommendationStages } from '@/lib/schemas/recommendation';
import { type Facet, facetsFor } from './facets';

const recommendations = facetsFor<RecommendationFilters, never>({ path: '/recommendations', build: buildRecommendationQuery });

export type RecommendationFacet<K extends string = string> = Facet<RecommendationFilters, K, never> & { values: readonly string[] };

const stage: RecommendationFacet<'stage'> = {
  ...recommendations.many({ key: 'stage', label: (v, locale) => translatorFor(locale, 'vocab')(`recommendationStage.${v.value}`) }),
  values: recommendationStages,
};

const actor: RecommendationFacet<'actor'> = {
  ...recommendations.many({ key: 'actor', label: (v, locale) => translatorFor(locale, 'vocab')(`actor.${v.value}`) }),
  values: actors,
};

/** The facets, in the order they appear in the URL and on the page. */
export const recommendationFacetList = [stage, actor] as const;
