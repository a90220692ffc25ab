import { getLocale, getTranslations } from 'next-intl/server';
import { SortableHeader } from '@/components/ui/sortable-header';
import { type DealFilters, type DealSort, buildDealQuery } from '@/lib/filters/deals';
import type { DealRow } from '@/lib/queries/deals';
import type { StoredClaim } from '@/lib/records/claims';
import { fromParam } from '@/lib/views/back-link';
import { dealCells, dealListColumns, withBasis } from './deal-cells';

/** Ascending first, except value and date, which readers want largest / newest first. */
function nextSort(current: DealSort, column: string): DealSort {
  if (current === column) return `-${column}` as DealSort;
  if (current === `-${column}`) return column as DealSort;
  return (column === 'value' || column === 'date' ? `-${column}` : column) as DealSort;
}

// Numbers and dates never wrap; the title column stays in place while the rest scrolls under it.
const nowrap = new Set(['value', 'date']);

/**
 * The deals of one page. From 768 px a table whose first column stays put when it scrolls sideways
 * (with a shadow at the edge that has more); below that, one card per deal with every column labelled.
 * `claims`: what each value rests on, read with the rows (from the same register, today's or a past day's).
 */
export async function DealsTable({ rows, filters, claims }: { rows: DealRow[]; filters: DealFilters; claims: Map<number, StoredClaim[]> }) {
  const locale = await getLocale();
  const t = await getTranslations('deals');
  const from = fromParam('deals', buildDealQuery(filters));
  const statedOnly = filters.basis === 'stated';
  // Each value is drawn twice (cards for narrow screens, the table for wide ones): two sets of notes.
  const items = await Promise.all(
    rows.map(async (d) => {
      const basis = { claims: claims.get(d.id) ?? [], statedOnly };
      const plain = await dealCells(d, locale, from);
      return { d, card: await withBasis(plain, d, { ...basis, idSuffix: '-card' }), cells: await withBasis(plain, d, { ...basis, idSuffix: '' }) };
    }),
  );

  return (
    <>
      <ol className="space-y-3 md:hidden print:hidden" data-testid="deal-cards">
        {items.map(({ d, card: cells }) => (
          <li key={d.slug} data-slug={d.slug} className="rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
            <h3 className="text-base font-semibold break-words">{cells.title}</h3>
            <dl className="mt-2 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1">
              {dealListColumns.slice(1).map((c) => (
                <div key={c.key} className="contents">
                  <dt className="text-zinc-600 dark:text-zinc-400">{t(`columns.${c.key}`)}</dt>
                  <dd className={`break-words ${c.key === 'value' ? 'tabular-nums' : ''}`}>{cells[c.key]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
      <div className="hidden md:block print:block">
        <p className="mb-1 text-xs text-zinc-600 xl:hidden dark:text-zinc-400 print:hidden">{t('scrollHint')}</p>
        <div className="scroll-cue overflow-x-auto" tabIndex={0} role="region" aria-label={t('title')}>
          <table className="w-full min-w-[48rem] text-left text-sm" data-testid="deals-table">
            <thead className="border-b border-zinc-300 dark:border-zinc-700">
              <tr>
                {dealListColumns.map((c, i) => {
                  const sorted = c.sort && filters.sort.replace(/^-/, '') === c.sort ? (filters.sort.startsWith('-') ? 'descending' : 'ascending') : undefined;
                  return (
                    <SortableHeader
                      key={c.key}
                      label={t(`columns.${c.key}`)}
                      sorted={sorted}
                      href={c.sort ? `/deals${buildDealQuery({ ...filters, sort: nextSort(filters.sort, c.sort), page: 1 })}` : null}
                      className={`px-2 py-2 font-semibold ${i === 0 ? 'sticky-column' : ''}`}
                    />
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {items.map(({ d, cells }) => (
                <tr key={d.slug} className="border-b border-zinc-100 align-top dark:border-zinc-900" data-slug={d.slug}>
                  <th scope="row" className="sticky-column min-w-[12rem] px-2 py-2 font-medium">
                    {cells.title}
                  </th>
                  {dealListColumns.slice(1).map((c) => (
                    <td key={c.key} className={`px-2 py-2 ${nowrap.has(c.key) ? 'whitespace-nowrap tabular-nums' : ''}`}>
                      {cells[c.key]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
