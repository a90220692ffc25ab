// Addresses of a chart's downloads: the view's own canonical parameters, the format and the language.
import { localisedHref } from '@/lib/i18n/paths';
import { knownLocale } from '@/lib/i18n/routing';
import type { ChartFormat } from './files';
import type { Chart } from './model';

export function chartFileHref(id: string, query: string, format: ChartFormat, locale: string): string {
  const search = new URLSearchParams(query.replace(/^\?/, ''));
  search.set('format', format);
  if (locale !== 'en') search.set('locale', locale);
  return `/api/charts/deals/${id}?${search.toString()}`;
}

/** The chart with each bar's link in the reader's language (`/ko/deals?…`). */
export function localisedChart(chart: Chart, locale: string): Chart {
  const known = knownLocale(locale);
  return { ...chart, bars: chart.bars.map((b) => ({ ...b, href: localisedHref(b.href, known) })) };
}

/** For an embed: each link narrows the embedded view itself (a page of the site may not be framed). */
export function embeddedHref(href: string): string {
  return href.replace(/^\/deals(?=[?#]|$)/, '/embed/deals');
}

export function embeddedChart(chart: Chart): Chart {
  return { ...chart, bars: chart.bars.map((b) => ({ ...b, href: embeddedHref(b.href) })) };
}
