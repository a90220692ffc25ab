import { getTranslations } from 'next-intl/server';
import { chartValueText } from '@/lib/charts/bar-svg';
import { chartSummary, barNamer } from '@/lib/charts/words';
import type { DealMap } from '@/lib/charts/deal-map';
import { localisedChart } from '@/lib/charts/hrefs';
import { layerName, mapLegend } from '@/lib/charts/map-words';
import { LAYER_STROKE, MAP_LAND, MAP_ZERO, mapSvg } from '@/lib/charts/map-svg';
import { type DealFilters, type DealMapLayer, buildDealQuery, dealMapLayers } from '@/lib/filters/deals';
import { localisedHref } from '@/lib/i18n/paths';
import { knownLocale } from '@/lib/i18n/routing';
import { Link } from '@/lib/i18n/navigation';
import { MAP_WIDTH } from '@/lib/geo/shapes';
import { ChartTable } from './chart-table';
import { SvgFigure } from './svg-figure';

type Choice = { key: string; label: string; href: string; current: boolean };

function Choices({ label, choices, name }: { label: string; choices: Choice[]; name: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm no-print">
      <span className="font-medium" aria-hidden="true">
        {label}:
      </span>
      <ul className="flex flex-wrap gap-1">
        {choices.map((c) => (
          <li key={c.key}>
            <Link
              href={c.href}
              aria-current={c.current ? 'true' : undefined}
              data-map-choice={`${name}-${c.key}`}
              className={`inline-block rounded border px-2 py-0.5 no-underline ${c.current ? 'border-blue-800 bg-blue-800 text-white dark:border-blue-300 dark:bg-blue-300 dark:text-zinc-950' : 'border-zinc-400 dark:border-zinc-600'}`}
            >
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The view as a choropleth of Europe and Korea, with a membership layer, a legend and its table. */
export async function DealMapView({ map, filters, query, locale, source, basePath = '/deals' }: { map: DealMap; filters: DealFilters; query: string; locale: string; source: string; basePath?: string }) {
  const t = await getTranslations('dealCharts');
  const known = knownLocale(locale);
  const chart = localisedChart(map.chart, locale);
  const name = barNamer(chart, locale);
  const countries = new Map([...map.countries].map(([code, c]) => [code, { ...c, href: c.href ? localisedHref(c.href, known) : null }]));
  const layer = filters.layer;
  const to = (change: Partial<DealFilters>) => `${basePath}${buildDealQuery({ ...filters, ...change, page: 1 })}`;
  const measures: Choice[] = [
    { key: 'deals', label: t('measureDeals'), href: to({ measure: undefined }), current: map.measure.kind === 'deals' },
    ...map.currencies.map((currency) => ({ key: currency, label: t('measureValue', { currency }), href: to({ measure: currency }), current: map.measure.kind === 'money' && map.measure.currency === currency })),
  ];
  const layers: Choice[] = [
    { key: 'none', label: t('layerNone'), href: to({ layer: undefined }), current: !layer },
    ...dealMapLayers.map((l: DealMapLayer) => ({ key: l, label: layerName(l, locale), href: to({ layer: l }), current: layer === l })),
  ];
  const legend = mapLegend(map, locale);
  const member = (code: string, which: DealMapLayer) => (map.memberships.get(code)?.[which] ? t('yes') : t('no'));
  const title = t('mapHeading', { title: map.chart.title });
  const swatch = 'inline-block size-3.5 shrink-0 rounded-sm border border-zinc-500 print:[print-color-adjust:exact]';

  return (
    <SvgFigure
      id="map"
      level={2}
      title={title}
      svg={mapSvg({ countries, bins: map.bins, name: (c) => name(c.name, c.value), insetLabel: t('inset'), layer: Boolean(layer) })}
      maxWidth={MAP_WIDTH}
      summary={chart.bars.length ? chartSummary({ ...chart, title }, locale) : t('noMap')}
      controls={
        <div className="space-y-2">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('mapIntro')}</p>
          <Choices label={t('measure')} choices={measures} name="measure" />
          <Choices label={t('layer')} choices={layers} name="layer" />
        </div>
      }
      notes={
        <div className="space-y-1 text-sm">
          <h3 className="sr-only">{t('legend')}</h3>
          <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="map-legend" aria-label={t('legend')}>
            {legend.map((e) => (
              <li key={e.text} className="flex items-center gap-1.5">
                <span aria-hidden="true" className={swatch} style={{ backgroundColor: e.color }} />
                {e.text}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className={swatch} style={{ backgroundColor: MAP_ZERO }} />
              {t('legendZero')}
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className={swatch} style={{ backgroundColor: MAP_LAND }} />
              {t('legendLand')}
            </li>
            {layer ? (
              <li className="flex items-center gap-1.5">
                <span aria-hidden="true" className={swatch} style={{ outline: `2px solid ${LAYER_STROKE}`, backgroundColor: MAP_ZERO }} />
                {t('legendLayer', { layer: layerName(layer, locale) })}
              </li>
            ) : null}
          </ul>
          {map.offMap.length ? (
            <p className="font-medium" data-testid="map-off">
              {t('offMap', { items: map.offMap.map((c) => t('item', { label: c.name, value: chartValueText(map.chart, c.value, locale) })).join(', ') })}
            </p>
          ) : null}
        </div>
      }
      source={source}
      query={query}
      locale={locale}
      table={
        <ChartTable
          chart={chart}
          caption={t('tableCaption', { title })}
          keyName={t('columns.country')}
          valueName={map.measure.kind === 'money' ? t('columns.value') : t('columns.deals')}
          locale={locale}
          extra={[
            { name: t('columns.eu'), cell: (code) => member(code, 'eu') },
            { name: t('columns.nato'), cell: (code) => member(code, 'nato') },
            { name: t('columns.ip4'), cell: (code) => member(code, 'ip4') },
          ]}
        />
      }
    />
  );
}
