// <title>, description, canonical and language alternates, and the Open Graph card of a list view,
// so a shared link previews exactly the view it opens.
import type { Metadata } from 'next';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { viewFeedHref } from '@/lib/feeds/lists';
import { translatorFor } from '@/lib/i18n/translator';
import { routing } from '@/lib/i18n/routing';
import { localisedPath } from '@/lib/url';
import { describeView } from './describe';
import { type ListFilters, type ListKind, listOfKind, lists, readView } from '@/lib/lists';
import type { RawParams } from '@/lib/filters/params';

/** How many rows the whole view has (all pages). */
export function countView<K extends ListKind>(kind: K, filters: ListFilters[K], client: PrismaClient = db): Promise<number> {
  return listOfKind(kind).count(filters, client);
}

const resultsKey = {
  deals: ['deals', 'results'],
  instruments: ['instrumentsPage', 'results'],
  recommendations: ['recommendations', 'results'],
  sources: ['sourcesPage', 'results'],
  findings: ['findings', 'results'],
} as const satisfies Record<ListKind, readonly [namespace: string, key: string]>;

/** "7 deals", "No instruments": the view's size in words. */
export function countText(kind: ListKind, count: number, locale: string): string {
  const [namespace, key] = resultsKey[kind];
  return translatorFor(locale, namespace)(key, { count });
}

/** Language alternates of a locale-less path, for <link rel="alternate" hreflang>. */
export function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((l) => [l, localisedPath(path, l)])),
    'x-default': localisedPath(path, routing.defaultLocale),
  };
}

/** Canonical and hreflang alternates of a page that has no query, e.g. "/deals/k9-romania". */
export function pageAlternates(path: string, locale: string): NonNullable<Metadata['alternates']> {
  return { canonical: localisedPath(path, locale), languages: languageAlternates(path) };
}

/** A list view's metadata: title, description, canonical and language links, its feed, its preview card. */
export async function viewMetadata(kind: ListKind, raw: RawParams, locale: string): Promise<Metadata> {
  const { filters, query } = readView(kind, raw, { past: true });
  const [description, count] = await Promise.all([describeView(kind, filters, locale), countView(kind, filters)]);
  const path = `${lists[kind].path}${query}`;
  const summary = translatorFor(locale, 'views.preview')('description', { count: countText(kind, count, locale), line: description.line });
  const image = `/api/og/${kind}${query ? `${query}&` : '?'}locale=${locale}`;
  // Feed readers find the view's own feed from the page (autodiscovery).
  const feed = viewFeedHref(kind, filters, locale);
  return {
    title: description.line,
    description: summary,
    alternates: { canonical: localisedPath(path, locale), languages: languageAlternates(path), ...(feed ? { types: { 'application/atom+xml': feed } } : {}) },
    openGraph: {
      type: 'website',
      siteName: 'Ties',
      title: description.line,
      description: summary,
      url: localisedPath(path, locale),
      locale: locale === 'ko' ? 'ko_KR' : 'en_GB',
      images: [{ url: image, width: 1200, height: 630, alt: description.line }],
    },
    twitter: { card: 'summary_large_image', title: description.line, description: summary, images: [image] },
  };
}
