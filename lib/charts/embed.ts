// How tall the iframe of a /deals view is (its code: lib/views/embed.ts).
import type { DealFilters } from '@/lib/filters/deals';
import { barChartHeight, BAR_WIDTH } from './bar-svg';
import type { Chart } from './model';

/** Height of the embed in pixels: the map, or each chart at the iframe's 640 px width, and its credit. */
export function embedHeight(f: DealFilters, charts: readonly Chart[]): number {
  if (f.view === 'map') return 980;
  const scale = Math.min(1, 600 / BAR_WIDTH);
  return Math.ceil(charts.reduce((h, c) => h + barChartHeight(c.bars.length, false) * scale + 230, 80));
}
