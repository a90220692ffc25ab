import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type InstrumentFilters, buildInstrumentQuery, clearInstrumentFilters } from '@/lib/filters/instruments';
import { activeInstrumentFilters, instrumentFacetList } from '@/lib/lists/instrument-facets';
import type { InstrumentFacets as Facets } from '@/lib/queries/instruments';

/** Facets as links with counts for the current view; each link switches one value on or off. */
export async function InstrumentFacets({ filters, facets }: { filters: InstrumentFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  const anyFilter = activeInstrumentFilters(filters).length > 0;

  return (
    <nav aria-label={t('facets.heading')} className="grid gap-5 text-sm sm:grid-cols-3 lg:grid-cols-1">
      {instrumentFacetList.map((facet) => (
        <section key={facet.key} aria-labelledby={`facet-${facet.key}`}>
          <h2 id={`facet-${facet.key}`} className="mb-1 text-sm font-semibold">
            {t(`facets.${facet.key}`)}
          </h2>
          <ul className="space-y-0.5" data-facet={facet.key}>
            {facet.results(filters, facets[facet.key], locale).map((v) => {
              const on = v.selected;
              return (
                <li key={v.value}>
                  <Link
                    href={v.href}
                    aria-current={on ? 'true' : undefined}
                    data-value={v.value}
                    className={`flex justify-between gap-2 rounded px-1 py-0.5 no-underline hover:bg-zinc-100 dark:hover:bg-zinc-800 ${
                      on
                        ? 'bg-blue-50 font-semibold text-blue-900 dark:bg-blue-950 dark:text-blue-100'
                        : v.count === 0
                          ? 'text-zinc-500 dark:text-zinc-500'
                          : 'text-zinc-800 dark:text-zinc-200'
                    }`}
                  >
                    {/* The visible words stay a contiguous part of the link's name (WCAG 2.5.3). */}
                    <span>
                      <span aria-hidden="true">{on ? '☑ ' : '☐ '}</span>
                      <span className="sr-only">{t(on ? 'facets.removePrefix' : 'facets.addPrefix')} </span>
                      {v.label}{' '}
                    </span>
                    <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
                      <span data-facet-count>{v.count}</span>
                      <span className="sr-only"> {t('facets.countSuffix', { count: v.count })}</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {anyFilter ? (
        <p className="sm:col-span-3 lg:col-span-1">
          <Link href={`/instruments${buildInstrumentQuery(clearInstrumentFilters(filters))}`}>{t('facets.clearAll')}</Link>
        </p>
      ) : null}
    </nav>
  );
}
