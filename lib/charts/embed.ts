// How tall the iframe of a /deals view is (its code: lib/views/embed.ts).
import type { DealFilters } from '@/lib/filters/deals';
import { barChartHeight, BAR_WIDTH } from './bar-svg';

/**
 * Height of the embed in pixels: the map, or each chart at the iframe's 640 px width, and its
 * credit, given how many bars each chart has (at most: see dealChartBarCounts).
 */
export function embedHeight(f: DealFilters, barCounts: readonly number[]): number {
  if (f.view === 'map') return 980;
  const scale = Math.min(1, 600 / BAR_WIDTH);
  return Math.ceil(barCounts.reduce((h, bars) => h + barChartHeight(bars, false) * scale + 230, 80));
}
