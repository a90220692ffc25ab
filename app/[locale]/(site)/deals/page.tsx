import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DealFacets } from '@/components/deals/deal-facets';
import { DealSearchForm } from '@/components/deals/deal-search-form';
import { DealTotals } from '@/components/deals/deal-totals';
import { DealsEmpty } from '@/components/deals/deals-empty';
import { DealsTable } from '@/components/deals/deals-table';
import { DroppedNotice } from '@/components/ui/dropped-notice';
import { FilterFocus } from '@/components/ui/filter-focus';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { DEALS_PER_PAGE, buildDealQuery, parseDealFilters } from '@/lib/filters/deals';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { currentUser } from '@/lib/auth/current-user';
import { dealFacets, dealTotals, listDeals } from '@/lib/queries/deals';
import { viewMetadata } from '@/lib/views/metadata';
import { ViewToolbar } from '@/components/views/view-toolbar';
import { headers } from 'next/headers';
import { DealChartsView } from '@/components/charts/deal-charts-view';
import { DealMapView } from '@/components/charts/deal-map-view';
import { SharePanel } from '@/components/views/share-panel';
import { ViewSwitch } from '@/components/charts/view-switch';
import { dealChartBarCounts, dealCharts } from '@/lib/charts/deal-charts';
import { dealMap } from '@/lib/charts/deal-map';
import { embedHeight } from '@/lib/charts/embed';
import { sourceLine } from '@/lib/charts/files';
import { publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { PastListForm, PastListNotice } from '@/components/views/past-list';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { readRegisterView } from '@/lib/records/past-register';
import { dealClaims } from '@/lib/queries/claims';
import { toRawParams } from '@/lib/filters/params';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/deals'>): Promise<Metadata> {
  const { locale } = await params;
  const raw = await searchParams;
  // Feed readers find this view's own feed of new and changed deals (autodiscovery).
  return viewMetadata('deals', raw, locale);
}

export default async function DealsPage({ params, searchParams }: PageProps<'/[locale]/deals'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const { filters, dropped } = parseDealFilters(raw);
  const path = getPathname({ href: '/deals', locale });

  const t = await getTranslations('deals');
  const editing = await getTranslations('editing');
  const importing = await getTranslations('import');
  const user = await currentUser();
  const query = buildDealQuery(filters);
  const origin = publicOrigin(await headers());
  // Everything the view shows, read from today's register or, with ?asof=, from the register as it
  // stood at the end of that day (lib/records/past-register.ts).
  // The charts (their values summed per country) only for the chart and map views.
  const read = async (client: PrismaClient) => {
    const [list, facets, totals, charts] = await Promise.all([
      listDeals(filters, client),
      dealFacets(filters, client),
      dealTotals(filters, client),
      filters.view ? dealCharts(filters, locale, client) : null,
    ]);
    const [map, claims] = await Promise.all([filters.view === 'map' && charts ? dealMap(filters, charts, locale, filters.layer, client) : null, dealClaims(list.rows.map((d) => d.id), client)]);
    return { list, facets, totals, charts, map, claims };
  };
  // A day too far back to rebuild is said, and today's view shown under it.
  const [{ value, past }, cite] = await Promise.all([readRegisterView(filters.asof, read), citeView('deals', filters, query, locale, origin)]);
  const { list, facets, totals, charts, map, claims } = value;
  const today = `/deals${buildDealQuery({ ...filters, asof: undefined })}`;
  const first = (list.page - 1) * DEALS_PER_PAGE + 1;
  const source = sourceLine(cite, locale);

  return (
    // From 1280 px the list takes the width of the screen, not of the site's column, so the table's
    // eight columns fit beside the facets with no sideways scrolling (see the at-1366-px test).
    <div className="wide-view">
      <PageHeader title={t('title')} intro={t('intro')} />
      {user && !filters.asof ? (
        <p className="no-print -mt-4 mb-4 text-sm">
          <Link href="/deals/new">{editing('addDeal')}</Link> · <Link href="/import">{importing('link')}</Link>
        </p>
      ) : null}
      {filters.asof && past ? <PastListNotice asof={filters.asof} today={today} past={past} /> : null}
      <DroppedNotice dropped={dropped} message={(p) => t('dropped', { params: p })} />
      <a href="#results" className="no-print mb-2 inline-block text-sm">
        {t('facets.skip')}
      </a>
      <DealSearchForm filters={filters} years={facets.years} action={path} />
      <ViewToolbar kind="deals" filters={filters} query={query} count={list.total} />
      <ViewSwitch filters={filters} />
      {/* On a phone the facets come first, as on /instruments, with the link above to skip them. */}
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside className="no-print">
          <DealFacets filters={filters} facets={facets} />
        </aside>
        <div className="min-w-0">
          <h2 id="results" tabIndex={-1} className="mb-2 text-base" data-testid="deal-count">
            {t('results', { count: list.total })}
            {list.total > 0 ? <span className="font-normal"> · {t('showing', { first, last: first + list.rows.length - 1, total: list.total })}</span> : null}
          </h2>
          <FilterFocus view={query} message={t('results', { count: list.total })} headingId="results" />
          <DealTotals totals={totals} count={list.total} />
          {filters.basis === 'stated' ? (
            <p role="note" className="rounded border border-emerald-700 p-2 text-sm dark:border-emerald-400" data-testid="stated-only">
              {t('statedOnly.on')} <Link href={`/deals${buildDealQuery({ ...filters, basis: undefined })}`}>{t('statedOnly.offLink')}</Link>
            </p>
          ) : null}
          {list.total === 0 ? (
            <DealsEmpty filters={filters} facets={facets} />
          ) : map ? (
            <DealMapView map={map} filters={filters} query={query} locale={locale} source={source} />
          ) : filters.view === 'chart' && charts ? (
            <DealChartsView data={charts} query={query} locale={locale} source={source} />
          ) : (
            <DealsTable rows={list.rows} filters={filters} claims={claims} />
          )}
          {filters.view ? null : (
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(page) => `/deals${buildDealQuery({ ...filters, page })}`}
              labels={{ nav: t('pagination.label'), previous: t('pagination.previous'), next: t('pagination.next'), page: t('pagination.page', { page: list.page, count: list.pageCount }) }}
            />
          )}
          <SharePanel kind="deals" filters={filters} query={query} locale={locale} embedHeight={embedHeight(filters, dealChartBarCounts(filters, facets, totals))} />
          <PastListForm path="/deals" asof={filters.asof} keep={toRawParams(new URLSearchParams(buildDealQuery({ ...filters, asof: undefined, page: 1 })))} />
        </div>
      </div>
    </div>
  );
}
