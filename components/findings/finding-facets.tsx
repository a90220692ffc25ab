import { getLocale, getTranslations } from 'next-intl/server';
import { FacetNav } from '@/components/ui/facet-nav';
import { type FindingFilters, buildFindingQuery, clearFindingFilters } from '@/lib/filters/findings';
import { activeFindingFilters, findingFacetList } from '@/lib/lists/finding-facets';
import type { FindingFacets as Facets } from '@/lib/queries/findings';

/** Facets as checkboxes with counts for the current view; each is a link that switches one value on or off. */
export async function FindingFacets({ filters, facets }: { filters: FindingFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations('findings');
  const clear = activeFindingFilters(filters).length ? { href: `/findings${buildFindingQuery(clearFindingFilters(filters))}`, text: t('facets.clearAll') } : null;
  const groups = findingFacetList.map((facet) => {
    const name = t(`facets.${facet.key}`);
    const options = facet.results(filters, facets[facet.key], locale).map((v) => ({ ...v, name: t('facets.option', { facet: name, value: v.label, count: v.count }) }));
    return { key: facet.key, name, options };
  });
  return <FacetNav label={t('facets.heading')} clear={clear} groups={groups} columns={2} />;
}
