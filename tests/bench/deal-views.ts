// The fixed list of /deals views that issue 18's targets are measured over (database time and whole
// pages alike): each facet alone, two and three together, text search (common and rare words,
// Korean, a typo), every sort, deep pages, the charts and the empty result. The values exist in the bench's
// synthetic data (tests/bench/generate.ts) at every size; on the paper's seed most views are small.
import { type DealFilters, parseDealFilters } from '@/lib/filters/deals';

export const dealViews: readonly string[] = [
  '/deals',
  // Each facet alone
  '/deals?country=PL',
  '/deals?organisation=hanbit-aerospace',
  '/deals?system=K9+howitzer',
  '/deals?domain=sea',
  '/deals?type=export',
  '/deals?stage=contract',
  '/deals?from=2024&to=2024',
  '/deals?localisation=yes',
  '/deals?transfer=no',
  // Two and three facets together
  '/deals?country=PL&type=export',
  '/deals?country=PL&organisation=hanbit-aerospace',
  '/deals?domain=air&stage=deliveries',
  '/deals?country=RO&system=K9+howitzer&from=2020&to=2024',
  '/deals?country=NO&domain=land&transfer=yes',
  '/deals?organisation=hanbit-aerospace&type=co-development&stage=framework',
  // Text search: common and rare words, Korean, a typo, two words, a hyphenated name
  '/deals?q=k9',
  '/deals?q=poland',
  '/deals?q=kf21',
  '/deals?q=boramae',
  '/deals?q=%ED%8F%B4%EB%9E%80%EB%93%9C',
  '/deals?q=%EC%B2%9C%EA%B6%81',
  '/deals?q=submarnie',
  '/deals?q=hanbit+marine',
  '/deals?q=k9&country=PL',
  // Every sort (first page)
  '/deals?sort=date',
  '/deals?sort=title',
  '/deals?sort=-title',
  '/deals?sort=system',
  '/deals?sort=-system',
  '/deals?sort=partner',
  '/deals?sort=-partner',
  '/deals?sort=type',
  '/deals?sort=-type',
  '/deals?sort=stage',
  '/deals?sort=-stage',
  '/deals?sort=value',
  '/deals?sort=-value',
  '/deals?country=PL&sort=-value',
  // Deep pages
  '/deals?page=20',
  '/deals?page=2000',
  '/deals?sort=title&page=2000',
  '/deals?sort=-value&page=2000',
  '/deals?sort=partner&page=2000',
  '/deals?sort=stage&page=2000',
  '/deals?country=PL&page=500',
  // The charts, which sum the values per country too
  '/deals?view=chart',
  '/deals?country=PL&view=chart',
  // The empty result
  '/deals?q=zzzzqqq&country=PL',
];

/** A view's filters, read by the app's own parser (a view it would drop a parameter of is a mistake in this list). */
export function dealViewFilters(view: string): DealFilters {
  const params = new URLSearchParams(view.split('?')[1] ?? '');
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length === 1 ? (all[0] as string) : all;
  }
  const { filters, dropped } = parseDealFilters(raw);
  if (dropped.length) throw new Error(`${view}: the app drops ${JSON.stringify(dropped)}`);
  return filters;
}

/** The p-th percentile (nearest rank) of some times. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
