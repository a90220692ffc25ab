import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type DealFacetKey, type DealFilters, buildDealQuery, dealFacetKeys, toggleDealFacet } from '@/lib/filters/deals';
import type { DealFacets as Facets, FacetValue } from '@/lib/queries/deals';
import { facetValueLabel } from './facet-labels';

function selectedValues(f: DealFilters, key: DealFacetKey): string[] {
  const v = f[key];
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** Facets as links with counts for the current view; each link toggles one value. */
export async function DealFacets({ filters, facets }: { filters: DealFilters; facets: Facets }) {
  const locale = await getLocale();
  const t = await getTranslations('deals');
  const vocab = await getTranslations('vocab');

  return (
    <nav aria-label={t('facets.heading')} className="space-y-5 text-sm">
      {dealFacetKeys.map((key) => {
        const selected = selectedValues(filters, key);
        // A chosen value stays visible (with 0) even when nothing in the view has it.
        const values: FacetValue[] = [...facets[key], ...selected.filter((s) => !facets[key].some((v) => v.value === s)).map((value) => ({ value, count: 0 }))];
        if (!values.length) return null;
        return (
          <section key={key} aria-labelledby={`facet-${key}`}>
            <h2 id={`facet-${key}`} className="mb-1 text-sm font-semibold">
              {t(`facets.${key}`)}
            </h2>
            <ul className="space-y-0.5">
              {values.map((v) => {
                const label = facetValueLabel(key, v, locale, vocab, t);
                const on = selected.includes(v.value);
                return (
                  <li key={v.value}>
                    <Link
                      href={`/deals${buildDealQuery(toggleDealFacet(filters, key, v.value))}`}
                      aria-current={on ? 'true' : undefined}
                      className={`flex justify-between gap-2 rounded px-1 py-0.5 no-underline hover:bg-zinc-100 dark:hover:bg-zinc-800 ${on ? 'bg-blue-50 font-semibold text-blue-900 dark:bg-blue-950 dark:text-blue-100' : 'text-zinc-800 dark:text-zinc-200'}`}
                    >
                      <span>
                        <span aria-hidden="true">{on ? '☑ ' : '☐ '}</span>
                        <span className="sr-only">{on ? t('facets.removePrefix') : t('facets.addPrefix')}</span>
                        {label}
                      </span>
                      <span className="tabular-nums text-zinc-600 dark:text-zinc-400" data-facet-count>
                        {v.count}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
