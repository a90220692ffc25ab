import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { type InstrumentFilters, type InstrumentSort, buildInstrumentQuery } from '@/lib/filters/instruments';

// The orders that mean something inside one owner's column (owner itself is the columns).
const orders = ['name', 'kind', 'budget', 'access'] as const;

/**
 * The comparison has no column headers to click, so its orders are links of their own: a second
 * click on the current one reverses it. Plain links, so they work without JavaScript.
 */
export async function InstrumentSort({ filters }: { filters: InstrumentFilters }) {
  const t = await getTranslations('instrumentsPage');
  const columns = await getTranslations('views.sortColumns.instruments');
  const current = filters.sort.replace(/^-/, '');
  const descending = filters.sort.startsWith('-');
  return (
    <nav aria-label={t('sortLabel')} className="no-print flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span aria-hidden="true" className="text-zinc-600 dark:text-zinc-400">
        {t('sortLabel')}:
      </span>
      {orders.map((order) => {
        const active = current === order;
        const next = (active && !descending ? `-${order}` : order) as InstrumentSort;
        return (
          <Link
            key={order}
            href={`/instruments${buildInstrumentQuery({ ...filters, sort: next })}`}
            aria-current={active ? 'true' : undefined}
            className={active ? 'font-semibold' : undefined}
          >
            {columns(order)}
            {active ? (
              <>
                <span aria-hidden="true">{descending ? ' ↓' : ' ↑'}</span>
                <span className="sr-only"> ({t(descending ? 'sortDescending' : 'sortAscending')})</span>
              </>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
