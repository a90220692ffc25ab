import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/ui/search-form';
import { getPathname } from '@/lib/i18n/navigation';
import { DEFAULT_INSTRUMENT_SORT, DEFAULT_INSTRUMENT_VIEW, type InstrumentFilters } from '@/lib/filters/instruments';
import { instrumentFacetList } from '@/lib/lists/instrument-facets';

/** Search the instruments, keeping the facets, sort and view. */
export async function InstrumentSearch({ filters }: { filters: InstrumentFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  const keep: Array<readonly [string, string]> = instrumentFacetList.flatMap((facet) => facet.selected(filters).map((value) => [facet.key, value] as const));
  if (filters.sort !== DEFAULT_INSTRUMENT_SORT) keep.push(['sort', filters.sort]);
  if (filters.view !== DEFAULT_INSTRUMENT_VIEW) keep.push(['view', filters.view]);
  return (
    <SearchForm
      action={getPathname({ href: '/instruments', locale })}
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      submit={t('search.submit')}
      query={filters.q}
      keep={keep}
      className="no-print flex flex-wrap items-end gap-2"
    />
  );
}
