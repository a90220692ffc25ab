// The embed code of a /deals view: an iframe of /embed/deals with the same view, tall enough for it.
import type { DealFilters } from '@/lib/filters/deals';
import { localisedHref } from '@/lib/i18n/paths';
import { knownLocale } from '@/lib/i18n/routing';
import { escapeXml } from '@/lib/xml';
import { barChartHeight, BAR_WIDTH } from './bar-svg';
import type { Chart } from './model';

/** Height of the embed in pixels: the map, or each chart at the iframe's 640 px width, and its credit. */
export function embedHeight(f: DealFilters, charts: readonly Chart[]): number {
  if (f.view === 'map') return 980;
  const scale = Math.min(1, 600 / BAR_WIDTH);
  return Math.ceil(charts.reduce((h, c) => h + barChartHeight(c.bars.length, false) * scale + 230, 80));
}

export function embedCode(origin: string, query: string, locale: string, title: string, height: number): string {
  const src = `${origin}${localisedHref(`/embed/deals${query}`, knownLocale(locale))}`;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="max-width:720px;border:0" loading="lazy"></iframe>`;
}
