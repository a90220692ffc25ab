import type { DealFacetKey } from '@/lib/filters/deals';
import type { FacetValue } from '@/lib/queries/deals';
import { localised } from '@/lib/format';

type Translate = (key: string) => string;

/** The reader-facing label of a facet value, in the page's language. */
export function facetValueLabel(key: DealFacetKey, v: FacetValue, locale: string, vocab: Translate, deals: Translate): string {
  switch (key) {
    case 'country':
    case 'organisation':
      return localised(locale, v.label ?? v.value, v.labelKo).text;
    case 'domain':
      return vocab(`domain.${v.value}`);
    case 'type':
      return vocab(`cooperationType.${v.value}`);
    case 'stage':
      return vocab(`dealStage.${v.value}`);
    case 'localisation':
    case 'transfer':
      return deals(`facets.${v.value}`);
    default:
      return v.value;
  }
}
