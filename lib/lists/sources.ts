// The sources list: /sources (the paper's bibliography) and /api/sources.
import { cachedRead } from '@/lib/cache/read-cache';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_SOURCE_SORT, type SourceFilters, buildSourceQuery, parseSourceFilters } from '@/lib/filters/sources';
import { translatorFor } from '@/lib/i18n/translator';
import { listSources } from '@/lib/queries/sources';
import { sourceColumns } from '@/lib/records/source';
import { type ListFollow, type ListSpec, wholeRows } from './spec';

export const sourcesList: ListSpec<'sources', SourceFilters> = {
  kind: 'sources',
  path: '/sources',
  parse: parseSourceFilters,
  build: buildSourceQuery,
  facets: [],
  count: async (f, client) => (await listSources(f, client)).length,
  describe(f, locale) {
    const t = translatorFor(locale, 'views');
    const sorts = translatorFor(locale, 'sourcesPage.sort');
    const parts: string[] = [];
    if (f.q) parts.push(t('matching', { q: f.q }));
    if (f.sort !== DEFAULT_SOURCE_SORT) parts.push(sorts(f.sort));
    if (f.page > 1) parts.push(t('page', { page: f.page }));
    return parts;
  },
  rows: (f, client) => wholeRows(sourceColumns, listSources(f, client)),
  asOf: cachedRead('sources.asOf', ['register'], async (client: PrismaClient) => (await client.source.aggregate({ _max: { updatedAt: true } }))._max.updatedAt),
};

export const sourceFollow: ListFollow<SourceFilters> = {
  entity: 'source',
  follow: (f) => ({ ...f, sort: DEFAULT_SOURCE_SORT, page: 1, asof: undefined }),
  inView: async (f, slugs, client) => {
    const wanted = new Set(slugs);
    return (await listSources(f, client)).filter((s) => wanted.has(s.slug)).map((s) => ({ key: s.slug, title: s.title, titleKo: null }));
  },
  href: (slug) => `/sources#${slug}`,
};
