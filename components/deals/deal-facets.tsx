import { getLocale, getTranslations } from 'next-intl/server';
import { FacetOption } from '@/components/ui/facet-option';
import { Link } from '@/lib/i18n/navigation';
import { type DealFilters, buildDealQuery, clearDealFilters } from '@/lib/filters/deals';
import { dealFacetList, dealText, dealYears } from '@/lib/lists/deal-facets';
import { countryName } from '@/lib/lists/facets';
import { localised } from '@/lib/format';
import { organisationNames, systemNamesKo } from '@/lib/queries/entities';
import type { DealFacets as Facets } from '@/lib/queries/deals';

/** Facets as checkboxes with counts for the current view; each is a link that toggles one value. */
export async function DealFacets({ filters, facets }: { filters: DealFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations('deals');
  const anyFilter = [...dealFacetList, dealYears, dealText].some((filter) => filter.active(filters));
  // A chosen organisation that nothing in the view has is not counted, so has no name from the facet.
  const uncounted = filters.organisation.filter((slug) => !facets.organisation.some((c) => c.value === slug));
  const [names, systems] = await Promise.all([organisationNames(uncounted), locale === 'ko' ? systemNamesKo() : new Map<string, string>()]);
  const nameOf = (facet: string, value: string, label: string) => {
    if (facet === 'system') return systems.get(value) ?? label;
    if (label !== value) return label;
    if (facet === 'country') return countryName(value, locale);
    const organisation = facet === 'organisation' ? names.get(value) : undefined;
    return organisation ? localised(locale, organisation.name, organisation.nameKo).text : label;
  };

  return (
    <nav aria-label={t('facets.heading')} className="space-y-5 text-sm">
      {anyFilter ? (
        <p>
          <Link href={`/deals${buildDealQuery(clearDealFilters(filters))}`} data-filter-control="clear-all" className="font-medium">
            {t('facets.clearAll')}
          </Link>
        </p>
      ) : null}
      {dealFacetList.map((facet) => {
        const values = facet.results(filters, facets[facet.key], locale);
        if (!values.length) return null;
        const facetName = t(`facets.${facet.key}`);
        return (
          <section key={facet.key} aria-labelledby={`facet-${facet.key}`}>
            <h2 id={`facet-${facet.key}`} className="mb-1 text-sm font-semibold">
              {facetName}
            </h2>
            <ul className="space-y-0.5" data-facet={facet.key}>
              {values.map((v) => {
                const label = nameOf(facet.key, v.value, v.label);
                return (
                  <li key={v.value}>
                    <FacetOption
                      href={v.href}
                      selected={v.selected}
                      name={t('facets.option', { facet: facetName, value: label, count: v.count })}
                      label={label}
                      count={v.count}
                      control={`${facet.key}=${v.value}`}
                      value={v.value}
                      muted={v.count === 0}
                    />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <section aria-labelledby="facet-basis">
        <h2 id="facet-basis" className="mb-1 text-sm font-semibold">
          {t('statedOnly.heading')}
        </h2>
        <FacetOption
          href={`/deals${buildDealQuery({ ...filters, basis: filters.basis ? undefined : 'stated' })}`}
          selected={filters.basis === 'stated'}
          name={t('statedOnly.label')}
          label={t('statedOnly.label')}
          control="basis=stated"
          value="stated"
        />
      </section>
    </nav>
  );
}
