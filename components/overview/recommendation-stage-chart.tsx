import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { seriesColor } from '@/components/charts/palette';
import { formatNumber } from '@/lib/format';
import type { RecommendationsByStage } from '@/lib/queries/overview';
import { captionId, ChartFigure, rowsChartHeight } from './chart-figure';
import { DataTable } from './data-table';
import { joinList } from './list';

const id = 'chart-recommendation-stage';

/** The paper's recommendations per tracker status, every status listed in its usual order. */
export async function RecommendationStageChart({ data, locale }: { data: RecommendationsByStage; locale: string }) {
  const t = await getTranslations('charts');
  const vocab = await getTranslations('vocab.recommendationStage');
  const title = t('recommendationStage.title');
  const n = (value: number) => formatNumber(value, locale);
  const items = data.rows.filter((r) => r.count > 0).map((r) => t('recommendationStage.item', { stage: vocab(r.stage), count: r.count }));

  return (
    <ChartFigure
      id={id}
      title={title}
      height={rowsChartHeight(data.rows.length)}
      caption={t('recommendationStage.summary', { count: data.total, items: joinList(items, locale) })}
      chart={
        <BarChart
          data={data.rows.map((r) => ({ category: vocab(r.stage), count: r.count }))}
          series={[{ key: 'count', label: t('recommendationStage.recommendations'), color: seriesColor(0) }]}
          orientation="rows"
          label={title}
          describedBy={captionId(id)}
          locale={locale}
          categoryWidth={150}
        />
      }
      table={
        <DataTable
          caption={t('tableCaption', { title })}
          columns={[{ value: t('recommendationStage.stage') }, { value: t('recommendationStage.recommendations'), numeric: true }]}
          rows={data.rows.map((r) => [{ value: vocab(r.stage) }, { value: n(r.count), numeric: true }])}
          footer={[{ value: t('total') }, { value: n(data.total), numeric: true }]}
        />
      }
    />
  );
}
