// The words around a chart, in the reader's language: each bar's accessible name and the text
// alternative that lists what is drawn.
import { translatorFor } from '@/lib/i18n/translator';
import { chartValueText } from './bar-svg';
import type { Chart } from './model';

/** A bar's (or a country's) accessible name: "Poland: 3 deals", "Poland: €1.2bn stated". */
export function barNamer(chart: Chart, locale: string): (label: string, value: number) => string {
  const t = translatorFor(locale, 'dealCharts');
  return chart.unit.kind === 'money'
    ? (label, value) => t('barValue', { label, value: chartValueText(chart, value, locale) })
    : (label, value) => t('barDeals', { label, count: value });
}

/** The text alternative: the title and every bar, in the order drawn. */
export function chartSummary(chart: Chart, locale: string): string {
  const t = translatorFor(locale, 'dealCharts');
  if (!chart.bars.length) return `${chart.title}: ${t('noBars')}`;
  const list = new Intl.ListFormat(locale === 'ko' ? 'ko' : 'en-GB', { type: 'unit', style: 'short' });
  const items = chart.bars.map((b) => t('item', { label: b.label, value: chartValueText(chart, b.value, locale) }));
  return t('summary', { title: chart.title, items: list.format(items) });
}
