import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { seriesColor } from '@/components/charts/palette';
import { formatMoney, formatNumber, localised } from '@/lib/format';
import type { DealValueByCountry } from '@/lib/queries/overview';
import { captionId, ChartFigure, rowsChartHeight } from './chart-figure';
import { DataTable } from './data-table';
import { joinList } from './list';

/**
 * Stated deal values by partner country: one chart per currency, because amounts in different
 * currencies are never converted or added. Deals without a stated value are counted in words.
 */
export async function DealValueCharts({ data, locale }: { data: DealValueByCountry; locale: string }) {
  const t = await getTranslations('charts');
  const country = (code: string) => localised(locale, data.countries[code]?.name ?? code, data.countries[code]?.nameKo).text;
  const count = (n: number) => formatNumber(n, locale);

  return (
    <div className="space-y-3">
      {data.currencies.length === 0 ? <p>{t('dealValue.none')}</p> : null}
      {data.currencies.map(({ currency, rows }) => {
        const id = `chart-deal-value-${currency.toLowerCase()}`;
        const title = t('dealValue.title', { currency });
        const money = (amount: number) => formatMoney(amount, currency, locale);
        const items = rows.map((r) => t('dealValue.item', { country: country(r.countryCode), amount: money(r.amount), count: r.deals }));
        return (
          <ChartFigure
            key={currency}
            id={id}
            title={title}
            height={rowsChartHeight(rows.length)}
            caption={t('dealValue.summary', { currency, items: joinList(items, locale) })}
            chart={
              <BarChart
                data={rows.map((r) => ({ category: country(r.countryCode), amount: r.amount }))}
                series={[{ key: 'amount', label: t('dealValue.amount'), color: seriesColor(0) }]}
                orientation="rows"
                label={title}
                describedBy={captionId(id)}
                locale={locale}
                currency={currency}
              />
            }
            table={
              <DataTable
                caption={t('tableCaption', { title })}
                columns={[{ value: t('dealValue.country') }, { value: t('dealValue.amount'), numeric: true }, { value: t('dealValue.deals'), numeric: true }]}
                rows={rows.map((r) => [{ value: country(r.countryCode) }, { value: money(r.amount), numeric: true }, { value: count(r.deals), numeric: true }])}
              />
            }
          />
        );
      })}
      <p className="text-sm text-zinc-700 dark:text-zinc-300 print:text-black">
        {data.unvaluedTotal === 0
          ? t('dealValue.allValued')
          : t('dealValue.unvalued', {
              count: data.unvaluedTotal,
              items: joinList(
                data.unvalued.map((r) => t('dealValue.unvaluedItem', { country: country(r.countryCode), count: r.deals })),
                locale,
              ),
            })}
      </p>
    </div>
  );
}
