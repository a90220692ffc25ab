import { getLocale, getTranslations } from 'next-intl/server';
import { FacetNav } from '@/components/ui/facet-nav';
import { type InstrumentFilters, buildInstrumentQuery, clearInstrumentFilters } from '@/lib/filters/instruments';
import { activeInstrumentFilters, instrumentFacetList } from '@/lib/lists/instrument-facets';
import type { InstrumentFacets as Facets } from '@/lib/queries/instruments';

/** Facets as checkboxes with counts for the current view; each is a link that switches one value on or off. */
export async function InstrumentFacets({ filters, facets }: { filters: InstrumentFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  const clear = activeInstrumentFilters(filters).length ? { href: `/instruments${buildInstrumentQuery(clearInstrumentFilters(filters))}`, text: t('facets.clearAll') } : null;
  const groups = instrumentFacetList.map((facet) => {
    const name = t(`facets.${facet.key}`);
    const options = facet.results(filters, facets[facet.key], locale).map((v) => ({ ...v, name: t('facets.option', { facet: name, value: v.label, count: v.count }) }));
    return { key: facet.key, name, options };
  });
  return <FacetNav label={t('facets.heading')} clear={clear} groups={groups} columns={3} />;
}
