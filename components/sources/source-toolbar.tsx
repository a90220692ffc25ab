import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { DEFAULT_SOURCE_SORT, type SourceFilters, buildSourceQuery, sourceSorts } from '@/lib/filters/sources';

/** Search the bibliography (a plain GET form) and choose its order (links). */
export async function SourceToolbar({ filters }: { filters: SourceFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('sourcesPage');
  return (
    <div className="no-print mb-6 flex flex-wrap items-end justify-between gap-4">
      <form role="search" method="get" action={getPathname({ href: '/sources', locale })} className="flex min-w-0 flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-col gap-1 text-sm">
          <span className="font-medium">{t('search.label')}</span>
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            placeholder={t('search.placeholder')}
            maxLength={200}
            className="w-72 max-w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900"
          />
        </label>
        {filters.sort !== DEFAULT_SOURCE_SORT ? <input type="hidden" name="sort" value={filters.sort} /> : null}
        <button type="submit" className="rounded border border-zinc-400 px-3 py-1 text-sm dark:border-zinc-600">
          {t('search.submit')}
        </button>
      </form>
      <nav aria-label={t('sort.label')} className="text-sm">
        <span className="mr-2 font-medium" aria-hidden="true">
          {t('sort.label')}:
        </span>
        <ul className="inline-flex flex-wrap gap-x-3">
          {sourceSorts.map((sort) => (
            <li key={sort}>
              <Link
                href={`/sources${buildSourceQuery({ ...filters, sort })}`}
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
