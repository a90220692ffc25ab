// The map's legend in words, for the page, the text alternative and the downloaded files.
import type { DealMapLayer } from '@/lib/filters/deals';
import { translatorFor } from '@/lib/i18n/translator';
import { chartValueText } from './bar-svg';
import type { DealMap } from './deal-map';
import { MAP_CLASSES } from './map-svg';

export type LegendEntry = { color: string; text: string };

/** One entry per colour class: "1 to 2", then "3 to 4"…, in the map's unit. */
export function mapLegend(map: DealMap, locale: string): LegendEntry[] {
  const t = translatorFor(locale, 'dealCharts');
  const text = (v: number) => chartValueText(map.chart, v, locale);
  const whole = map.measure.kind === 'deals';
  return map.bins.map((upper, i) => {
    const lower = i === 0 ? (whole ? 1 : 0) : whole ? (map.bins[i - 1] ?? 0) + 1 : (map.bins[i - 1] ?? 0);
    return { color: MAP_CLASSES[i] ?? MAP_CLASSES[0], text: lower === upper ? text(upper) : t('legendBin', { from: text(lower), to: text(upper) }) };
  });
}

export function layerName(layer: DealMapLayer, locale: string): string {
  const t = translatorFor(locale, 'dealCharts');
  return layer === 'eu' ? t('layerEu') : layer === 'nato' ? t('layerNato') : t('layerIp4');
}

export function mapLegendText(map: DealMap, locale: string, layer: DealMapLayer | undefined): string {
  const t = translatorFor(locale, 'dealCharts');
  const parts = [`${t('legend')}: ${mapLegend(map, locale).map((e) => e.text).join(' · ')}`];
  if (layer) parts.push(t('legendLayer', { layer: layerName(layer, locale) }));
  return parts.join('. ');
}
