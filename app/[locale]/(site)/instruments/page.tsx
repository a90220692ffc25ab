import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InstrumentCards } from '@/components/instruments/instrument-cards';
import { InstrumentFacets } from '@/components/instruments/instrument-facets';
import { InstrumentSearch } from '@/components/instruments/instrument-search';
import { InstrumentSort } from '@/components/instruments/instrument-sort';
import { InstrumentTable } from '@/components/instruments/instrument-table';
import { InstrumentsEmpty } from '@/components/instruments/instruments-empty';
import { ViewSwitch } from '@/components/instruments/view-switch';
import { DroppedNotice } from '@/components/ui/dropped-notice';
import { FilterFocus } from '@/components/ui/filter-focus';
import { PageHeader } from '@/components/ui/page-header';
import { buildInstrumentQuery, parseInstrumentFilters } from '@/lib/filters/instruments';
import { Link } from '@/lib/i18n/navigation';
import { currentUser } from '@/lib/auth/current-user';
import { instrumentFacets, listInstruments } from '@/lib/queries/instruments';
import { viewMetadata } from '@/lib/views/metadata';
import { ViewToolbar } from '@/components/views/view-toolbar';
import { SharePanel } from '@/components/views/share-panel';
import { rowsEmbedHeight } from '@/lib/views/embed';
import { PastListForm, PastListNotice } from '@/components/views/past-list';
import { toRawParams } from '@/lib/filters/params';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { readRegisterView } from '@/lib/records/past-register';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/instruments'>): Promise<Metadata> {
  return viewMetadata('instruments', await searchParams, (await params).locale);
}

export default async function InstrumentsPage({ params, searchParams }: PageProps<'/[locale]/instruments'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, dropped } = parseInstrumentFilters(await searchParams);
  const t = await getTranslations('instruments');
  const page = await getTranslations('instrumentsPage');
  const editing = await getTranslations('editing');
  const query = buildInstrumentQuery(filters);
  // Today's instruments or, with ?asof=, the register as it stood at the end of that day.
  const read = (client: PrismaClient) => Promise.all([listInstruments(filters, client), instrumentFacets(filters, client)]);
  const [{ value, past }, user] = await Promise.all([readRegisterView(filters.asof, read), currentUser()]);
  const [rows, facets] = value;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {user && !filters.asof ? (
        <p className="no-print -mt-4 mb-4 text-sm">
          <Link href="/instruments/new">{editing('addInstrument')}</Link>
        </p>
      ) : null}
      {filters.asof && past ? <PastListNotice asof={filters.asof} today={`/instruments${buildInstrumentQuery({ ...filters, asof: undefined })}`} past={past} /> : null}
      <DroppedNotice dropped={dropped} message={(list) => page('dropped', { params: list })} />
      {dropped.length ? (
        <p className="-mt-2 mb-4 text-sm">
          <Link href={`/instruments${buildInstrumentQuery(filters)}`}>{page('droppedLink')}</Link>
        </p>
      ) : null}
      <a href="#results" className="no-print mb-2 inline-block text-sm">
        {page('facets.skip')}
      </a>
      <div className="flex flex-col gap-6 lg:flex-row">
        <aside className="no-print lg:w-52 lg:shrink-0">
          <InstrumentFacets filters={filters} facets={facets} />
        </aside>
        <div className="min-w-0 flex-1 space-y-4">
          <InstrumentSearch filters={filters} />
          <ViewToolbar kind="instruments" filters={filters} query={query} count={rows.length} />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results" tabIndex={-1} className="text-base" data-testid="instrument-count">
              {page('results', { count: rows.length })}
            </h2>
            <ViewSwitch filters={filters} />
          </div>
          <FilterFocus view={query} message={page('results', { count: rows.length })} headingId="results" />
          {rows.length === 0 ? (
            <InstrumentsEmpty filters={filters} facets={facets} />
          ) : filters.view === 'table' ? (
            <InstrumentTable rows={rows} filters={filters} />
          ) : (
            <>
              <InstrumentSort filters={filters} />
              <InstrumentCards rows={rows} query={query} />
            </>
          )}
          <SharePanel kind="instruments" filters={filters} query={query} locale={locale} embedHeight={rowsEmbedHeight(rows.length)} />
          <PastListForm path="/instruments" asof={filters.asof} keep={toRawParams(new URLSearchParams(buildInstrumentQuery({ ...filters, asof: undefined })))} />
        </div>
      </div>
    </>
  );
}
