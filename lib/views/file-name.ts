// A download's file name says which view it holds: ties-deals-poland-transfer-2026-12-02.csv,
// ties-instruments-nato-dialogue-2026-12-02.csv. One rule for every list and every way out (the
// page's links, the share panel, the API's Content-Disposition).
import { dealViewFileName, slugPart } from '@/lib/charts/file-name';
import type { DealFilters } from '@/lib/filters/deals';
import type { ListFilters, ListKind } from '@/lib/lists';

// How the view is shown or ordered does not change which rows it holds.
const presentation = new Set(['sort', 'view', 'page', 'measure', 'layer']);

/** `ties-<list>-<the view's filter values>-<day>` (no extension). */
export function viewFileName<K extends ListKind>(kind: K, filters: ListFilters[K], query: string, day: string): string {
  if (kind === 'deals') return dealViewFileName(filters as DealFilters, day);
  const words = [...new URLSearchParams(query)].filter(([key]) => !presentation.has(key)).map(([, value]) => slugPart(value));
  const view = words.filter(Boolean).join('-').slice(0, 70).replace(/-$/, '');
  return ['ties', kind, view, day].filter(Boolean).join('-');
}
