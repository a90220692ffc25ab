import { getTranslations } from 'next-intl/server';
import { barChartSvg, BAR_WIDTH } from '@/lib/charts/bar-svg';
import type { DealCharts } from '@/lib/charts/deal-charts';
import { localisedChart } from '@/lib/charts/hrefs';
import { chartSummary, barNamer } from '@/lib/charts/words';
import { ChartTable } from './chart-table';
import { SvgFigure } from './svg-figure';

/** The view as charts: by partner country, year, cooperation type, and stated value per currency. */
export async function DealChartsView({ data, query, locale, source }: { data: DealCharts; query: string; locale: string; source: string }) {
  const t = await getTranslations('dealCharts');
  const keyName = (id: string) => (id === 'year' ? t('columns.year') : id === 'type' ? t('columns.type') : t('columns.country'));
  const money = data.charts.some((c) => c.unit.kind === 'money');
  return (
    <section aria-labelledby="charts-heading" className="space-y-4" data-testid="deal-charts">
      <h2 id="charts-heading" className="text-lg font-semibold">
        {t('chartsHeading')}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('chartsIntro')}</p>
      <div className="grid gap-4 xl:grid-cols-2">
        {data.charts.map((raw) => {
          const chart = localisedChart(raw, locale);
          const notes = [
            raw.id === 'country' && data.noCountry > 0 ? t('noCountryNote', { count: data.noCountry }) : null,
            raw.id === 'year' && data.noYear > 0 ? t('noYearNote', { count: data.noYear }) : null,
            raw.unit.kind === 'money' && data.withoutValue > 0 ? t('withoutValue', { count: data.withoutValue }) : null,
          ].filter((n): n is string => n !== null);
          return (
            <SvgFigure
              key={raw.id}
              id={raw.id}
              title={raw.title}
              svg={barChartSvg(chart, { locale, name: barNamer(chart, locale) })}
              maxWidth={BAR_WIDTH}
              summary={chartSummary(chart, locale)}
              notes={notes.length ? <p className="text-sm font-medium" data-testid="chart-note">{notes.join(' ')}</p> : null}
              source={source}
              query={query}
              locale={locale}
              table={
                <ChartTable
                  chart={chart}
                  caption={t('tableCaption', { title: raw.title })}
                  keyName={keyName(raw.id)}
                  valueName={raw.unit.kind === 'money' ? t('columns.value') : t('columns.deals')}
                  locale={locale}
                />
              }
            />
          );
        })}
      </div>
      {!money && data.total > 0 ? <p className="text-sm font-medium">{t('noValues')}</p> : null}
    </section>
  );
}
