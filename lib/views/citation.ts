// How a view is cited: its description, its absolute URL, the day it was retrieved and the day
// its data last changed. The page's toolbar and the exports say the same thing.
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { translatorFor } from '@/lib/i18n/translator';
import { localisedPath } from '@/lib/url';
import { type ViewDescription, describeView } from './describe';
import { type ListFilters, type ListKind, listOfKind, lists } from '@/lib/lists';

export type ViewCitation = {
  description: ViewDescription;
  /** The view's path in its language, with its canonical query: "/ko/deals?country=PL". */
  path: string;
  url: string;
  retrieved: string;
  asOf: string | null;
  text: string;
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function citeView<K extends ListKind>(
  kind: K,
  filters: ListFilters[K],
  query: string,
  locale: string,
  origin: string,
  client: PrismaClient = db,
  now: Date = new Date(),
): Promise<ViewCitation> {
  const [description, asOfDate] = await Promise.all([describeView(kind, filters, locale, client), listOfKind(kind).asOf(client)]);
  const path = localisedPath(`${lists[kind].path}${query}`, locale);
  const url = `${origin}${path}`;
  const retrieved = isoDay(now);
  // A past view's data is as it stood at the end of its day.
  const past = (filters as { asof?: string }).asof;
  const asOf = past ?? (asOfDate ? isoDay(asOfDate) : null);
  const t = translatorFor(locale, 'exports');
  const text = t('citation', { title: description.line, url, retrieved, asOf: asOf ?? t('never') });
  return { description, path, url, retrieved, asOf, text };
}

/** The API address that exports a view: the page's own parameters plus format (and language). */
export function exportHref(kind: ListKind, query: string, format: 'csv' | 'json', locale: string): string {
  const search = new URLSearchParams(query.replace(/^\?/, ''));
  search.set('format', format);
  if (locale !== 'en') search.set('locale', locale);
  return `/api/${kind}?${search.toString()}`;
}
