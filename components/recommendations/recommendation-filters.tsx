import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/ui/search-form';
import { getPathname, Link } from '@/lib/i18n/navigation';
import {
  type RecommendationFilters as Filters,
  type RecommendationSort,
  buildRecommendationQuery,
} from '@/lib/filters/recommendations';
import { recommendationFacetList } from '@/lib/lists/recommendation-facets';
import { recommendationFacetCounts } from '@/lib/queries/recommendations';

// The orders offered, in the order a reader is likely to want them.
const sortChoices: RecommendationSort[] = ['number', '-progress', 'progress', 'stage', '-reviewed', 'reviewed'];

/** Search, stage and actor filters and the order, all as links or a GET form: a plain, shareable URL. */
export async function RecommendationFilters({ filters }: { filters: Filters }) {
  const locale = await getLocale();
  const sorts = await getTranslations('recommendations.sort');
  const search = await getTranslations('recommendations.search');
  return (
    <div className="no-print mb-4 space-y-3">
      <SearchForm
        action={getPathname({ href: '/recommendations', locale })}
        label={search('label')}
        placeholder={search('placeholder')}
        submit={search('submit')}
        query={filters.q}
        view={buildRecommendationQuery(filters)}
        inputClassName="w-72 max-w-full"
        className="flex min-w-0 flex-wrap items-end gap-2"
      />
      <FilterLinks filters={filters} />
      <nav aria-label={sorts('label')} className="text-sm">
        <span className="mr-2 font-semibold" aria-hidden="true">
          {sorts('label')}:
        </span>
        <ul className="inline-flex flex-wrap gap-x-3">
          {sortChoices.map((sort) => (
            <li key={sort}>
              <Link
                href={`/recommendations${buildRecommendationQuery({ ...filters, sort })}`}
                aria-current={filters.sort === sort ? 'true' : undefined}
                className={filters.sort === sort ? 'font-semibold text-zinc-900 no-underline dark:text-zinc-100' : undefined}
              >
                {sorts(sort)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

async function FilterLinks({ filters }: { filters: Filters }) {
  const locale = await getLocale();
  const t = await getTranslations('recommendations.filters');
  const counted = await getTranslations('trackerFreshness');
  const counts = await recommendationFacetCounts(filters);
  return (
    <nav aria-label={t('heading')} className="space-y-2 text-sm">
      {recommendationFacetList.map((facet) => (
        <div key={facet.key} className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{t(facet.key)}:</span>
          {facet.choices(filters, facet.values, locale).map((v) => (
            <Link
              key={v.value}
              href={v.href}
              aria-current={v.selected ? 'true' : undefined}
              className={`rounded-full border px-2 py-0.5 no-underline ${v.selected ? 'border-blue-700 bg-blue-50 font-semibold text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100' : 'border-zinc-300 text-zinc-800 dark:border-zinc-700 dark:text-zinc-200'}`}
            >
              <span className="sr-only">{v.selected ? t('removePrefix') : t('addPrefix')}</span>
              {v.label} <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
                <span aria-hidden="true">{counts[facet.key].get(v.value) ?? 0}</span>
                <span className="sr-only">{counted('chipCount', { count: counts[facet.key].get(v.value) ?? 0 })}</span>
              </span>
            </Link>
          ))}
        </div>
      ))}
    </nav>
  );
}
