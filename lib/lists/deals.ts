// The deals list: /deals, its embed, its OG card and /api/deals.
import { oncePerRequest } from '@/lib/cache/per-request';
import { cachedRead } from '@/lib/cache/read-cache';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_DEAL_SORT, type DealFilters, buildDealQuery, parseDealFilters } from '@/lib/filters/deals';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { countDeals, dealExportBatches } from '@/lib/queries/deals';
import type { Column } from '@/lib/records/column';
import { dealColumns } from '@/lib/records/deal';
import { dealFacetList, dealWhere } from './deal-facets';
import { type ListFollow, type ListSpec, listOf, sortPart } from './spec';

export const dealsList: ListSpec<'deals', DealFilters> = {
  kind: 'deals',
  path: '/deals',
  parse: parseDealFilters,
  build: buildDealQuery,
  facets: dealFacetList,
  count: (f, client) => countDeals(f, client),
  async describe(f, locale, client) {
    const t = translatorFor(locale, 'views');
    const vocab = translatorFor(locale, 'vocab');
    const columns = translatorFor(locale, 'views.sortColumns.deals');
    const [countries, organisations] = await Promise.all([
      f.country.length ? client.country.findMany({ where: { code: { in: f.country } }, select: { code: true, name: true, nameKo: true } }) : [],
      f.organisation.length
        ? client.organisation.findMany({ where: { slug: { in: f.organisation } }, select: { slug: true, name: true, nameKo: true } })
        : [],
    ]);
    const countryName = (code: string) => {
      const c = countries.find((x) => x.code === code);
      return c ? localised(locale, c.name, c.nameKo).text : code;
    };
    const organisationName = (slug: string) => {
      const o = organisations.find((x) => x.slug === slug);
      return o ? localised(locale, o.name, o.nameKo).text : slug;
    };
    const parts: string[] = [];
    if (f.q) parts.push(t('matching', { q: f.q }));
    if (f.country.length) parts.push(t('deals.country', { values: listOf(f.country.map(countryName)) }));
    if (f.organisation.length) parts.push(t('deals.organisation', { values: listOf(f.organisation.map(organisationName)) }));
    if (f.system.length) parts.push(t('deals.system', { values: listOf(f.system) }));
    if (f.domain.length) parts.push(t('deals.domain', { values: listOf(f.domain.map((v) => vocab(`domain.${v}`))) }));
    if (f.type.length) parts.push(t('deals.type', { values: listOf(f.type.map((v) => vocab(`cooperationType.${v}`))) }));
    if (f.stage.length) parts.push(t('deals.stage', { values: listOf(f.stage.map((v) => vocab(`dealStage.${v}`))) }));
    if (f.from !== undefined && f.to !== undefined) parts.push(f.from === f.to ? t('deals.inYear', { year: f.from }) : t('deals.years', { from: f.from, to: f.to }));
    else if (f.from !== undefined) parts.push(t('deals.since', { year: f.from }));
    else if (f.to !== undefined) parts.push(t('deals.until', { year: f.to }));
    if (f.localisation) parts.push(t(`deals.localisation.${f.localisation}`));
    if (f.transfer) parts.push(t(`deals.transfer.${f.transfer}`));
    parts.push(...sortPart(t, f.sort, DEFAULT_DEAL_SORT, (c) => columns(c)));
    if (f.page > 1) parts.push(t('page', { page: f.page }));
    if (f.basis === 'stated') parts.push(t('deals.statedOnly'));
    return parts;
  },
  // Deals can number in the hundreds of thousands: read in batches, as the response is written.
  rows: async (f, client) => ({ columns: dealColumns as Column<never>[], ...(await dealExportBatches(f, client)) }),
  // The latest change, read from the end of Deal_updatedAt_idx: Prisma's aggregate wraps MAX around a
  // subquery no index serves, and read every deal's row (35 ms at 100,000 deals, three times a page:
  // the toolbar, the share panel and the page each cite the view). Once per request.
  asOf: cachedRead(
    'deals.asOf',
    ['register'],
    oncePerRequest('deals.asOf', async (client: PrismaClient) => (await client.deal.findFirst({ orderBy: { updatedAt: 'desc' }, select: { updatedAt: true } }))?.updatedAt ?? null),
  ),
};

export const dealFollow: ListFollow<DealFilters> = {
  entity: 'deal',
  follow: (f) => ({ ...f, sort: DEFAULT_DEAL_SORT, page: 1, asof: undefined }),
  // Asked of the list's own where-clause, for these deals only.
  inView: async (f, slugs, client) =>
    (await client.deal.findMany({ where: { AND: [dealWhere(f), { slug: { in: slugs } }] }, select: { slug: true, title: true, titleKo: true } })).map((d) => ({ key: d.slug, title: d.title, titleKo: d.titleKo })),
  href: (slug) => `/deals/${slug}`,
};
