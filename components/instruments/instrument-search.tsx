import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/ui/search-form';
import { getPathname } from '@/lib/i18n/navigation';
import { type InstrumentFilters, buildInstrumentQuery } from '@/lib/filters/instruments';

/** Search the instruments, keeping the facets, sort and view. */
export async function InstrumentSearch({ filters }: { filters: InstrumentFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  return (
    <SearchForm
      action={getPathname({ href: '/instruments', locale })}
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      submit={t('search.submit')}
      query={filters.q}
      view={buildInstrumentQuery(filters)}
      className="no-print flex flex-wrap items-end gap-2"
    />
  );
}
