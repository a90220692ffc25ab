import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/ui/search-form';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { type SourceFilters, buildSourceQuery, sourceSorts } from '@/lib/filters/sources';

/** Search the bibliography (a plain GET form) and choose its order (links). */
export async function SourceToolbar({ filters }: { filters: SourceFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('sourcesPage');
  return (
    <div className="no-print mb-6 flex flex-wrap items-end justify-between gap-4">
      <SearchForm
        action={getPathname({ href: '/sources', locale })}
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        submit={t('search.submit')}
        query={filters.q}
        view={buildSourceQuery(filters)}
        inputClassName="w-72 max-w-full"
        className="flex min-w-0 flex-wrap items-end gap-2"
      />
      <nav aria-label={t('sort.label')} className="text-sm">
        <span className="mr-2 font-medium" aria-hidden="true">
          {t('sort.label')}:
        </span>
        <ul className="inline-flex flex-wrap gap-x-3">
          {sourceSorts.map((sort) => (
            <li key={sort}>
              <Link
                href={`/sources${buildSourceQuery({ ...filters, sort, page: 1 })}`}
                aria-current={filters.sort === sort ? 'true' : undefined}
                className={filters.sort === sort ? 'font-semibold text-zinc-900 no-underline dark:text-zinc-100' : undefined}
              >
                {t(`sort.${sort}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
