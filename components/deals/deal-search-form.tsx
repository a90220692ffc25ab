import { getTranslations } from 'next-intl/server';
import { LinkSelect } from '@/components/ui/link-select';
import { type DealFilters, DEFAULT_DEAL_SORT, buildDealQuery } from '@/lib/filters/deals';
import { dealFacetList } from '@/lib/lists/deal-facets';
import type { FacetCount } from '@/lib/lists/facets';

/**
 * A plain GET form: search and year range, carrying the other filters along; works without JS. With
 * JavaScript the years apply as soon as they are chosen, like a facet.
 */
export async function DealSearchForm({ filters, years, action }: { filters: DealFilters; years: FacetCount[]; action: string }) {
  const t = await getTranslations('deals.search');
  const yearOptions = [...new Set([...years.map((y) => Number(y.value)), filters.from, filters.to].filter((y): y is number => y !== undefined))].sort();
  // Each year shows how many deals in the view (ignoring the year range itself) fall in it.
  const counts = new Map(years.map((y) => [Number(y.value), y.count]));
  // With JavaScript a year goes straight to its view's canonical address, as a facet link does.
  const hrefs = (name: 'from' | 'to') =>
    Object.fromEntries(['', ...yearOptions.map(String)].map((y) => [y, `${action}${buildDealQuery({ ...filters, [name]: y ? Number(y) : undefined, page: 1 })}`]));
  const field = 'rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';

  return (
    <form action={action} method="get" role="search" aria-label={t('label')} className="no-print mb-4 flex flex-wrap items-end gap-3">
      {dealFacetList.flatMap((facet) =>
        facet.selected(filters).map((value) => <input key={`${facet.key}=${value}`} type="hidden" name={facet.key} value={value} />),
      )}
      {filters.sort !== DEFAULT_DEAL_SORT ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.view ? <input type="hidden" name="view" value={filters.view} /> : null}
      {filters.measure ? <input type="hidden" name="measure" value={filters.measure} /> : null}
      {filters.layer ? <input type="hidden" name="layer" value={filters.layer} /> : null}
      {filters.asof ? <input type="hidden" name="asof" value={filters.asof} /> : null}
      <label className="flex min-w-0 flex-1 basis-64 flex-col text-sm">
        <span className="font-medium">{t('label')}</span>
        <input type="search" name="q" defaultValue={filters.q ?? ''} placeholder={t('placeholder')} maxLength={200} className={field} />
      </label>
      {(['from', 'to'] as const).map((name) => (
        <label key={name} className="flex flex-col text-sm">
          <span className="font-medium">{t(name)}</span>
          <LinkSelect name={name} defaultValue={filters[name] ?? ''} className={field} data-filter-control={name} hrefs={hrefs(name)}>
            <option value="">{t('any')}</option>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {t('yearOption', { year: String(y), count: counts.get(y) ?? 0 })}
              </option>
            ))}
          </LinkSelect>
        </label>
      ))}
      <button type="submit" className="rounded bg-blue-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-900 dark:bg-blue-300 dark:text-zinc-950">
        {t('submit')}
      </button>
    </form>
  );
}
