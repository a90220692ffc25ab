import { getLocale, getTranslations } from 'next-intl/server';
import { SortableHeader } from '@/components/ui/sortable-header';
import { SourceLink } from '@/components/ui/source-link';
import { Link } from '@/lib/i18n/navigation';
import { type DealFilters, type DealSort, buildDealQuery } from '@/lib/filters/deals';
import { formatMoney, formatPartial, localised } from '@/lib/format';
import { LocalisedText } from '@/components/ui/localised-text';
import type { DealRow } from '@/lib/queries/deals';

const columns = [
  { key: 'title', sort: 'title' },
  { key: 'system', sort: 'system' },
  { key: 'partner', sort: 'partner' },
  { key: 'firms', sort: null },
  { key: 'type', sort: 'type' },
  { key: 'stage', sort: 'stage' },
  { key: 'value', sort: 'value' },
  { key: 'date', sort: 'date' },
] as const;

/** Ascending first, except value and date, which readers want largest / newest first. */
function nextSort(current: DealSort, column: string): DealSort {
  if (current === column) return `-${column}` as DealSort;
  if (current === `-${column}`) return column as DealSort;
  return (column === 'value' || column === 'date' ? `-${column}` : column) as DealSort;
}

export async function DealsTable({ rows, filters }: { rows: DealRow[]; filters: DealFilters }) {
  const locale = await getLocale();
  const t = await getTranslations('deals');
  const common = await getTranslations('common');
  const vocab = await getTranslations('vocab');

  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('title')}>
      <table className="w-full min-w-[48rem] text-left text-sm" data-testid="deals-table">
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            {columns.map((c) => {
              const sorted = c.sort && filters.sort.replace(/^-/, '') === c.sort ? (filters.sort.startsWith('-') ? 'descending' : 'ascending') : undefined;
              return (
                <SortableHeader
                  key={c.key}
                  label={t(`columns.${c.key}`)}
                  sorted={sorted}
                  href={c.sort ? `/deals${buildDealQuery({ ...filters, sort: nextSort(filters.sort, c.sort), page: 1 })}` : null}
                />
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => {
            return (
              <tr key={d.slug} className="border-b border-zinc-100 align-top dark:border-zinc-900" data-slug={d.slug}>
                <th scope="row" className="px-2 py-2 font-medium">
                  <Link href={`/deals/${d.slug}`}>
                    <LocalisedText locale={locale} en={d.title} ko={d.titleKo} />
                  </Link>
                </th>
                <td className="px-2 py-2">{d.system}</td>
                <td className="px-2 py-2">{localised(locale, d.partnerCountry.name, d.partnerCountry.nameKo).text}</td>
                <td className="px-2 py-2">{d.organisations.map((o) => localised(locale, o.organisation.name, o.organisation.nameKo).text).join(', ')}</td>
                <td className="px-2 py-2">{vocab(`cooperationType.${d.cooperationType}`)}</td>
                <td className="px-2 py-2">{vocab(`dealStage.${d.stage}`)}</td>
                <td className="whitespace-nowrap px-2 py-2 tabular-nums">
                  {d.valueAmount !== null && d.valueCurrency && d.valueSource ? (
                    <SourceLink slug={d.valueSource.slug} label={`${formatMoney(d.valueAmount, d.valueCurrency, locale)} (${d.valueText}) — ${common('source')}`}>
                      {formatMoney(d.valueAmount, d.valueCurrency, locale)}
                    </SourceLink>
                  ) : (
                    <span className="text-zinc-600 dark:text-zinc-400">{common('noValue')}</span>
                  )}
                </td>
                <td className="whitespace-nowrap px-2 py-2">
                  {d.date && d.datePrecision ? formatPartial(d.date, d.datePrecision, locale) : common('undated')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
