import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { seriesColor } from '@/components/charts/palette';
import { formatNumber } from '@/lib/format';
import type { InstrumentsByAccess } from '@/lib/queries/overview';
import { captionId, ChartFigure, rowsChartHeight } from './chart-figure';
import { DataTable } from './data-table';
import { joinList } from './list';

const id = 'chart-instrument-access';

/** Instruments per South Korean access level, from most to least direct, stacked by owner. */
export async function InstrumentAccessChart({ data, locale }: { data: InstrumentsByAccess; locale: string }) {
  const t = await getTranslations('charts');
  const vocab = await getTranslations('vocab');
  const title = t('instrumentAccess.title');
  const series = data.owners.map((owner, i) => ({ key: `s${i}`, label: vocab(`owner.${owner}`), color: seriesColor(i), owner }));
  const level = (accessLevel: string) => vocab(`accessLevel.${accessLevel}`);
  const n = (value: number) => formatNumber(value, locale);
  const items = data.rows
    .filter((r) => r.total > 0)
    .map((r) =>
      t('instrumentAccess.levelItem', {
        level: level(r.accessLevel),
        count: r.total,
        owners: joinList(
          series.filter((s) => r.counts[s.owner]).map((s) => t('instrumentAccess.ownerItem', { owner: s.label, count: r.counts[s.owner] ?? 0 })),
          locale,
        ),
      }),
    );

  return (
    <ChartFigure
      id={id}
      title={title}
      height={rowsChartHeight(data.rows.length)}
      legend={series}
      caption={data.total === 0 ? t('instrumentAccess.none') : t('instrumentAccess.summary', { count: data.total, items: joinList(items, locale) })}
      chart={
        <BarChart
          data={data.rows.map((r) => ({
            category: level(r.accessLevel),
            ...Object.fromEntries(series.map((s) => [s.key, r.counts[s.owner] ?? 0])),
          }))}
          series={series.map(({ key, label, color }) => ({ key, label, color }))}
          orientation="rows"
          stacked
          label={title}
          describedBy={captionId(id)}
          locale={locale}
          categoryWidth={150}
        />
      }
      table={
        <DataTable
          caption={t('tableCaption', { title })}
          columns={[{ value: t('instrumentAccess.level') }, ...series.map((s) => ({ value: s.label, numeric: true })), { value: t('total'), numeric: true }]}
          rows={data.rows.map((r) => [
            { value: level(r.accessLevel) },
            ...series.map((s) => ({ value: n(r.counts[s.owner] ?? 0), numeric: true })),
            { value: n(r.total), numeric: true },
          ])}
          footer={[
            { value: t('total') },
            ...series.map((s) => ({ value: n(data.rows.reduce((sum, r) => sum + (r.counts[s.owner] ?? 0), 0)), numeric: true })),
            { value: n(data.total), numeric: true },
          ]}
        />
      }
    />
  );
}
