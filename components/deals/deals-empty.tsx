import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type DealFilters, buildDealQuery, clearDealFilters } from '@/lib/filters/deals';
import { dealFacetList, dealYears } from '@/lib/lists/deal-facets';
import type { DealFacets } from '@/lib/queries/deals';

/**
 * When a view is empty, each facet's counts (computed without that facet's own filter) say how many
 * deals removing it would bring back; the page offers exactly those filters to remove.
 */
export async function DealsEmpty({ filters, facets }: { filters: DealFilters; facets: DealFacets }) {
  const t = await getTranslations('deals');
  const suggestions = [...dealFacetList, dealYears]
    .filter((filter) => filter.active(filters))
    .map((filter) => ({ key: filter.key, count: facets[filter.key].reduce((sum, v) => sum + v.count, 0), href: `/deals${buildDealQuery(filter.without(filters))}` }))
    .filter((s) => s.count > 0);

  return (
    <div className="rounded border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600" data-testid="deals-empty">
      <p className="font-semibold">{t('empty.title')}</p>
      <ul className="mt-2 space-y-1">
        {suggestions.map((s) => (
          <li key={s.key}>
            <Link href={s.href}>{t('empty.suggest', { label: t(`facets.${s.key}`), count: s.count })}</Link>
          </li>
        ))}
        <li>
          <Link href={`/deals${buildDealQuery(clearDealFilters(filters))}`}>{t('empty.clear')}</Link>
        </li>
      </ul>
    </div>
  );
}
