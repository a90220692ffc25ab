// A one-line description of a list view ("Deals · partner: Poland · since 2024 · by value"),
// used above the results, in the page title, the link preview, the Open Graph card and exports.
// Each list words its own filters (lib/lists); this puts the line together.
import { oncePerRequest } from '@/lib/cache/per-request';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { formatPartial } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { endOfDay } from '@/lib/tracker/as-of';
import { type ListFilters, type ListKind, listOfKind } from '@/lib/lists';

export type ViewDescription = { title: string; parts: string[]; line: string };

const SEPARATOR = ' · ';

/**
 * Describes a view in the reader's language. Reads the names of chosen countries and firms. Once per
 * request: the page's title, its toolbar's citation and its embed code all ask for the same words.
 */
export const describeView = oncePerRequest('views.describe', describeViewNow) as typeof describeViewNow;

async function describeViewNow<K extends ListKind>(kind: K, filters: ListFilters[K], locale: string, client: PrismaClient = db): Promise<ViewDescription> {
  const title = translatorFor(locale, 'nav')(kind);
  const parts = await listOfKind(kind).describe(filters, locale, client);
  // A view of a past day says so wherever it is described: a citation of it is of that day.
  const asof = (filters as { asof?: string }).asof;
  if (asof) parts.push(translatorFor(locale, 'views')('asOfDay', { date: formatPartial(new Date(endOfDay(asof).getTime() - 1), 'day', locale) }));
  return { title, parts, line: [title, ...parts].join(SEPARATOR) };
}
