import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type InstrumentFilters, buildInstrumentQuery, instrumentViews } from '@/lib/filters/instruments';

/** Table or cards: plain links, so each view has its own address and works without JavaScript. */
export async function ViewSwitch({ filters }: { filters: InstrumentFilters }) {
  const t = await getTranslations('instrumentsPage');
  return (
    <nav aria-label={t('viewLabel')} className="no-print">
      <ul className="flex overflow-hidden rounded border border-zinc-300 text-sm dark:border-zinc-700">
        {instrumentViews.map((view) => {
          const current = filters.view === view;
          return (
            <li key={view}>
              <Link
                href={`/instruments${buildInstrumentQuery({ ...filters, view })}`}
                aria-current={current ? 'true' : undefined}
                className={`block px-3 py-1 no-underline ${
                  current ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900' : 'text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800'
                }`}
              >
                {t(`view.${view}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
