import { getLocale, getTranslations } from 'next-intl/server';
import { FacetOption } from '@/components/ui/facet-option';
import { Link } from '@/lib/i18n/navigation';
import { type InstrumentFilters, buildInstrumentQuery, clearInstrumentFilters } from '@/lib/filters/instruments';
import { activeInstrumentFilters, instrumentFacetList } from '@/lib/lists/instrument-facets';
import type { InstrumentFacets as Facets } from '@/lib/queries/instruments';

/** Facets as checkboxes with counts for the current view; each is a link that switches one value on or off. */
export async function InstrumentFacets({ filters, facets }: { filters: InstrumentFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  const anyFilter = activeInstrumentFilters(filters).length > 0;

  return (
    <nav aria-label={t('facets.heading')} className="grid gap-5 text-sm sm:grid-cols-3 lg:grid-cols-1">
      {anyFilter ? (
        <p className="sm:col-span-3 lg:col-span-1">
          <Link href={`/instruments${buildInstrumentQuery(clearInstrumentFilters(filters))}`} data-filter-control="clear-all" className="font-medium">
            {t('facets.clearAll')}
          </Link>
        </p>
      ) : null}
      {instrumentFacetList.map((facet) => {
        const facetName = t(`facets.${facet.key}`);
        return (
          <section key={facet.key} aria-labelledby={`facet-${facet.key}`}>
            <h2 id={`facet-${facet.key}`} className="mb-1 text-sm font-semibold">
              {facetName}
            </h2>
            <ul className="space-y-0.5" data-facet={facet.key}>
              {facet.results(filters, facets[facet.key], locale).map((v) => (
                <li key={v.value}>
                  <FacetOption
                    href={v.href}
                    selected={v.selected}
                    name={t('facets.option', { facet: facetName, value: v.label, count: v.count })}
                    label={v.label}
                    count={v.count}
                    control={`${facet.key}=${v.value}`}
                    value={v.value}
                    muted={v.count === 0}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
