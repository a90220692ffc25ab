import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type InstrumentFilters, buildInstrumentQuery, clearInstrumentFilters } from '@/lib/filters/instruments';
import { activeInstrumentFilters } from '@/lib/lists/instrument-facets';
import type { InstrumentFacets } from '@/lib/queries/instruments';

/**
 * An empty view names the filters whose removal alone brings instruments back, with how many, so
 * the reader can undo exactly the choice that emptied it.
 */
export async function InstrumentsEmpty({ filters, facets }: { filters: InstrumentFilters; facets: InstrumentFacets }) {
  const t = await getTranslations('instrumentsPage');
  const suggestions = activeInstrumentFilters(filters)
    .map((filter) => ({ key: filter.key, count: facets.without[filter.key], href: `/instruments${buildInstrumentQuery(filter.without(filters))}` }))
    .filter((s) => s.count > 0);

  return (
    <div className="rounded border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600" data-testid="instruments-empty">
      <p className="font-semibold">{t('empty.title')}</p>
      <ul className="mt-2 space-y-1">
        {suggestions.map((s) => (
          <li key={s.key}>
            <Link href={s.href}>
              {t('empty.remove', { filter: t(`filterName.${s.key}`), count: s.count })}
            </Link>
          </li>
        ))}
        <li>
          <Link href={`/instruments${buildInstrumentQuery(clearInstrumentFilters(filters))}`}>{t('empty.clearAll')}</Link>
        </li>
      </ul>
    </div>
  );
}
