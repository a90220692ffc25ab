import { getTranslations } from 'next-intl/server';
import { type DealFilters, buildDealQuery } from '@/lib/filters/deals';
import { Link } from '@/lib/i18n/navigation';

/** Table, Charts, Map: the same view shown three ways, as links (shareable, no JavaScript). */
export async function ViewSwitch({ filters }: { filters: DealFilters }) {
  const t = await getTranslations('dealCharts');
  const options = [
    { view: undefined, label: t('table') },
    { view: 'chart' as const, label: t('charts') },
    { view: 'map' as const, label: t('map') },
  ];
  return (
    <nav aria-label={t('switchLabel')} className="no-print mb-4">
      <ul className="inline-flex overflow-hidden rounded border border-zinc-400 text-sm dark:border-zinc-600">
        {options.map((o) => {
          const current = filters.view === o.view;
          // The map keeps its measure and layer only while it is shown; the rest of the view stays.
          const href = `/deals${buildDealQuery({ ...filters, view: o.view, ...(o.view === 'map' ? {} : { measure: undefined, layer: undefined }) })}`;
          return (
            <li key={o.label} className="border-l border-zinc-400 first:border-l-0 dark:border-zinc-600">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                data-view-switch={o.view ?? 'table'}
                className={`block px-3 py-1.5 no-underline ${current ? 'bg-blue-800 font-semibold text-white dark:bg-blue-300 dark:text-zinc-950' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'}`}
              >
                {o.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
