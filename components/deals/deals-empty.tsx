import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type DealFacetKey, type DealFilters, buildDealQuery, dealFacetKeys, emptyDealFilters, withoutDealFilter } from '@/lib/filters/deals';
import type { DealFacets } from '@/lib/queries/deals';

/**
 * When a view is empty, each facet's counts (computed without that facet's own filter) say how many
 * deals removing it would bring back; the page offers exactly those filters to remove.
 */
export async function DealsEmpty({ filters, facets }: { filters: DealFilters; facets: DealFacets }) {
  const t = await getTranslations('deals');
  const active: Array<DealFacetKey | 'years'> = dealFacetKeys.filter((key) => {
    const v = filters[key];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  });
  if (filters.from !== undefined || filters.to !== undefined) active.push('years');
  const suggestions = active
    .map((key) => ({ key, count: facets[key].reduce((sum, v) => sum + v.count, 0) }))
    .filter((s) => s.count > 0);

  return (
    <div className="rounded border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600" data-testid="deals-empty">
      <p className="font-semibold">{t('empty.title')}</p>
      <ul className="mt-2 space-y-1">
        {suggestions.map((s) => (
          <li key={s.key}>
            <Link href={`/deals${buildDealQuery(withoutDealFilter(filters, s.key))}`}>
              {t('empty.suggest', { label: t(`facets.${s.key}`), count: s.count })}
            </Link>
          </li>
        ))}
        <li>
          <Link href={`/deals${buildDealQuery({ ...emptyDealFilters, sort: filters.sort })}`}>{t('empty.clear')}</Link>
        </li>
      </ul>
    </div>
  );
}
