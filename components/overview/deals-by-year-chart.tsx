import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { seriesColor } from '@/components/charts/palette';
import { formatNumber } from '@/lib/format';
import type { DealsByYear } from '@/lib/queries/overview';
import { captionId, ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { joinList } from './list';

const id = 'chart-deals-by-year';

/** Dated deals per year, stacked by cooperation type; undated deals are counted in words. */
export async function DealsByYearChart({ data, locale }: { data: DealsByYear; locale: string }) {
  const t = await getTranslations('charts');
  const vocab = await getTranslations('vocab.cooperationType');
  const title = t('dealsByYear.title');
  const undated = t('dealsByYear.undated', { count: data.undated });
  const first = data.years[0];
  const last = data.years.at(-1);
  if (!first || !last) {
    return (
      <section aria-labelledby={`${id}-title`} className="space-y-2 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="text-sm">
          {t('dealsByYear.none')} {undated}
        </p>
      </section>
    );
  }

  // Series keys are positional, not the vocabulary's slugs, so any type name is a safe data key.
  const series = data.types.map((type, i) => ({ key: `s${i}`, label: vocab(type), color: seriesColor(i), type }));
  const n = (value: number) => formatNumber(value, locale);
  const items = data.years.map(({ year, counts, total }) =>
    total === 0
      ? t('dealsByYear.yearNone', { year: String(year) })
      : t('dealsByYear.yearItem', {
          year: String(year),
          count: total,
          types: joinList(
            series.filter((s) => counts[s.type]).map((s) => t('dealsByYear.typeItem', { type: s.label, count: counts[s.type] ?? 0 })),
            locale,
          ),
        }),
  );
  const dated = data.years.reduce((sum, y) => sum + y.total, 0);

  return (
    <ChartFigure
      id={id}
      title={title}
      height={280}
      legend={series}
      caption={
        <>
          {t('dealsByYear.summary', { count: dated, years: first.year === last.year ? String(first.year) : `${first.year}–${last.year}`, items: joinList(items, locale) })}{' '}
          <strong className="font-medium">{undated}</strong>
        </>
      }
      chart={
        <BarChart
          data={data.years.map(({ year, counts }) => ({
            category: String(year),
            ...Object.fromEntries(series.map((s) => [s.key, counts[s.type] ?? 0])),
          }))}
          series={series.map(({ key, label, color }) => ({ key, label, color }))}
          orientation="columns"
          stacked
          label={title}
          describedBy={captionId(id)}
          locale={locale}
        />
      }
      table={
        <DataTable
          caption={t('tableCaption', { title })}
          columns={[{ value: t('dealsByYear.year') }, ...series.map((s) => ({ value: s.label, numeric: true })), { value: t('total'), numeric: true }]}
          rows={data.years.map(({ year, counts, total }) => [
            { value: String(year) },
            ...series.map((s) => ({ value: n(counts[s.type] ?? 0), numeric: true })),
            { value: n(total), numeric: true },
          ])}
          footer={[
            { value: t('total') },
            ...series.map((s) => ({ value: n(data.years.reduce((sum, y) => sum + (y.counts[s.type] ?? 0), 0)), numeric: true })),
            { value: n(dated), numeric: true },
          ]}
        />
      }
    />
  );
}
