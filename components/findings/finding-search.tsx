import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/ui/search-form';
import { getPathname } from '@/lib/i18n/navigation';
import type { FindingFilters } from '@/lib/filters/findings';
import { findingFacetList } from '@/lib/lists/finding-facets';

/** Search the findings, keeping the facets. */
export async function FindingSearch({ filters }: { filters: FindingFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('findings');
  const keep = findingFacetList.flatMap((facet) => facet.selected(filters).map((value) => [facet.key, value] as const));
  return (
    <SearchForm
      action={getPathname({ href: '/findings', locale })}
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      submit={t('search.submit')}
      query={filters.q}
      keep={keep}
      className="no-print flex flex-wrap items-end gap-2"
    />
  );
}
