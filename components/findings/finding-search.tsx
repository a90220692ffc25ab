import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/ui/search-form';
import { getPathname } from '@/lib/i18n/navigation';
import { type FindingFilters, buildFindingQuery } from '@/lib/filters/findings';

/** Search the findings, keeping the facets. */
export async function FindingSearch({ filters }: { filters: FindingFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('findings');
  return (
    <SearchForm
      action={getPathname({ href: '/findings', locale })}
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      submit={t('search.submit')}
      query={filters.q}
      view={buildFindingQuery(filters)}
      className="no-print flex flex-wrap items-end gap-2"
    />
  );
}
