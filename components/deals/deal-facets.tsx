import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { DealFilters } from '@/lib/filters/deals';
import { dealFacetList } from '@/lib/lists/deal-facets';
import type { DealFacets as Facets } from '@/lib/queries/deals';

/** Facets as links with counts for the current view; each link toggles one value. */
export async function DealFacets({ filters, facets }: { filters: DealFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations('deals');

  return (
    <nav aria-label={t('facets.heading')} className="space-y-5 text-sm">
      {dealFacetList.map((facet) => {
        const values = facet.results(filters, facets[facet.key], locale);
        if (!values.length) return null;
        return (
          <section key={facet.key} aria-labelledby={`facet-${facet.key}`}>
            <h2 id={`facet-${facet.key}`} className="mb-1 text-sm font-semibold">
              {t(`facets.${facet.key}`)}
            </h2>
            <ul className="space-y-0.5">
              {values.map((v) => (
                <li key={v.value}>
                  <Link
                    href={v.href}
                    aria-current={v.selected ? 'true' : undefined}
                    className={`flex justify-between gap-2 rounded px-1 py-0.5 no-underline hover:bg-zinc-100 dark:hover:bg-zinc-800 ${v.selected ? 'bg-blue-50 font-semibold text-blue-900 dark:bg-blue-950 dark:text-blue-100' : 'text-zinc-800 dark:text-zinc-200'}`}
                  >
                    <span>
                      <span aria-hidden="true">{v.selected ? '☑ ' : '☐ '}</span>
                      <span className="sr-only">{v.selected ? t('facets.removePrefix') : t('facets.addPrefix')}</span>
                      {v.label}
                    </span>
                    <span className="tabular-nums text-zinc-600 dark:text-zinc-400" data-facet-count>
                      {v.count}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
