import { getLocale, getTranslations } from 'next-intl/server';
import { SortableHeader } from '@/components/ui/sortable-header';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';
import { type InstrumentFilters, type InstrumentSort, buildInstrumentQuery } from '@/lib/filters/instruments';
import type { InstrumentListItem } from '@/lib/queries/instruments';
import { fromParam } from '@/lib/views/back-link';
import { AccessLevel } from './access-level';
import { InstrumentBudget, InstrumentPeriod } from './instrument-budget';

type SortColumn = 'name' | 'owner' | 'kind' | 'budget' | 'access';
type Column = { key: 'name' | 'owner' | 'kind' | 'budget' | 'terms' | 'access'; sort: SortColumn | null };
const columns: Column[] = [
  { key: 'name', sort: 'name' },
  { key: 'owner', sort: 'owner' },
  { key: 'kind', sort: 'kind' },
  { key: 'budget', sort: 'budget' },
  { key: 'terms', sort: null },
  { key: 'access', sort: 'access' },
];

// Every column flips on a second click; access starts from the most direct.
function nextSort(current: InstrumentSort, column: SortColumn): InstrumentSort {
  return current === column ? `-${column}` : column;
}

function sortState(current: InstrumentSort, column: Column['sort']): 'ascending' | 'descending' | undefined {
  if (!column || current.replace(/^-/, '') !== column) return undefined;
  return current.startsWith('-') ? 'descending' : 'ascending';
}

/**
 * Every instrument in one table, the facts an analyst compares in columns. On narrow screens the
 * first column stays put while the rest scrolls under it, with a shadow at the edge that has more.
 */
export async function InstrumentTable({ rows, filters }: { rows: InstrumentListItem[]; filters: InstrumentFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('instrumentsPage');
  const vocab = await getTranslations('vocab');
  const deals = await getTranslations('deals');

  return (
    <div>
      <p className="mb-1 text-xs text-zinc-600 xl:hidden dark:text-zinc-400 print:hidden">{deals('scrollHint')}</p>
      <div className="scroll-cue overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={t('tableLabel')}>
      <table className="w-full min-w-[50rem] break-keep text-left text-sm print:min-w-0 print:text-xs" data-testid="instruments-table">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            {columns.map((c) => {
              const sorted = sortState(filters.sort, c.sort);
              return (
                <SortableHeader
                  key={c.key}
                  label={t(`columns.${c.key}`)}
                  sorted={sorted}
                  href={c.sort ? `/instruments${buildInstrumentQuery({ ...filters, sort: nextSort(filters.sort, c.sort) })}` : null}
                  className={`px-2 py-2 align-bottom font-semibold ${c.key === 'name' ? 'sticky-column' : ''}`}
                />
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.code} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <th scope="row" className="sticky-column min-w-[9rem] px-2 py-2 font-medium">
                <Link href={`/instruments/${i.code}${fromParam('instruments', buildInstrumentQuery(filters))}`}>{i.acronym}</Link>
                <span className="block font-normal text-zinc-600 dark:text-zinc-400">
                  <LocalisedText locale={locale} en={i.name} ko={i.nameKo} />
                </span>
              </th>
              <td className="px-2 py-2">{vocab(`owner.${i.owner}`)}</td>
              <td className="min-w-[7rem] px-2 py-2">{vocab(`instrumentKind.${i.kind}`)}</td>
              <td className="min-w-[7rem] px-2 py-2 tabular-nums">
                <InstrumentBudget instrument={i} />
                {i.periodStart || i.periodEnd ? (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    <InstrumentPeriod start={i.periodStart} end={i.periodEnd} />
                  </span>
                ) : null}
              </td>
              <td className="min-w-[16rem] px-2 py-2">
                <LocalisedText locale={locale} en={i.thirdCountryTerms} ko={i.thirdCountryTermsKo} />
              </td>
              <td className="min-w-[11rem] px-2 py-2">
                <AccessLevel level={i.accessLevel} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
