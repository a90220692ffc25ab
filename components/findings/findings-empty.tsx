import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type FindingFilters, buildFindingQuery, clearFindingFilters } from '@/lib/filters/findings';
import { activeFindingFilters } from '@/lib/lists/finding-facets';
import type { FindingFacets } from '@/lib/queries/findings';

/** An empty view names the filters whose removal alone brings findings back, with how many. */
export async function FindingsEmpty({ filters, facets }: { filters: FindingFilters; facets: FindingFacets }) {
  const t = await getTranslations('findings');
  const suggestions = activeFindingFilters(filters)
    .map((filter) => ({ key: filter.key, count: facets.without[filter.key], href: `/findings${buildFindingQuery(filter.without(filters))}` }))
    .filter((s) => s.count > 0);

  return (
    <div className="rounded border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600" data-testid="findings-empty">
      <p className="font-semibold">{t('empty.title')}</p>
      <ul className="mt-2 space-y-1">
        {suggestions.map((s) => (
          <li key={s.key}>
            <Link href={s.href}>{t('empty.remove', { filter: t(`filterName.${s.key}`), count: s.count })}</Link>
          </li>
        ))}
        <li>
          <Link href={`/findings${buildFindingQuery(clearFindingFilters(filters))}`}>{t('empty.clearAll')}</Link>
        </li>
      </ul>
    </div>
  );
}
