import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceCitations } from '@/components/sources/source-citations';
import { SourceStatus } from '@/components/sources/source-status';
import { currentUser } from '@/lib/auth/current-user';
import { SourceToolbar } from '@/components/sources/source-toolbar';
import { DroppedNotice } from '@/components/ui/dropped-notice';
import { PageHeader } from '@/components/ui/page-header';
import { SOURCES_PER_PAGE, buildSourceQuery, parseSourceFilters } from '@/lib/filters/sources';
import { LocalisedText } from '@/components/ui/localised-text';
import { formatIsoPartial, nameLang } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { lastSourceChanges, listSources, sourceCitations } from '@/lib/queries/sources';
import { Pagination } from '@/components/ui/pagination';
import { viewMetadata } from '@/lib/views/metadata';
import { ViewToolbar } from '@/components/views/view-toolbar';
import { SharePanel } from '@/components/views/share-panel';
import { rowsEmbedHeight } from '@/lib/views/embed';
import { PastListForm, PastListNotice } from '@/components/views/past-list';
import { toRawParams } from '@/lib/filters/params';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { readRegisterView } from '@/lib/records/past-register';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/sources'>): Promise<Metadata> {
  return viewMetadata('sources', await searchParams, (await params).locale);
}

export default async function SourcesPage({ params, searchParams }: PageProps<'/[locale]/sources'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, dropped } = parseSourceFilters(await searchParams);
  const t = await getTranslations('sources');
  const page = await getTranslations('sourcesPage');
  const common = await getTranslations('common');
  const editing = await getTranslations('editing');
  // Today's sources or, with ?asof=, the register as it stood at the end of that day.
  const read = async (client: PrismaClient) => {
    const sources = await listSources(filters, client);
    // One page of works at a time; a page past the end shows the last.
    const pageCount = Math.max(1, Math.ceil(sources.length / SOURCES_PER_PAGE));
    const pageNumber = Math.min(filters.page, pageCount);
    const shown = sources.slice((pageNumber - 1) * SOURCES_PER_PAGE, pageNumber * SOURCES_PER_PAGE);
    const [lastChanges, citations] = await Promise.all([lastSourceChanges(shown.map((s) => s.slug), client), sourceCitations(shown.map((s) => s.id), client)]);
    return { sources, pageCount, pageNumber, shown, lastChanges, citations };
  };
  const [{ value, past }, user] = await Promise.all([readRegisterView(filters.asof, read), currentUser()]);
  const { sources, pageCount, pageNumber, shown, lastChanges, citations } = value;
  const deals = await getTranslations('deals');

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {user && !filters.asof ? (
        <p className="no-print -mt-4 mb-4 text-sm">
          <Link href="/sources/new">{editing('addSource')}</Link>
        </p>
      ) : null}
      {filters.asof && past ? <PastListNotice asof={filters.asof} today={`/sources${buildSourceQuery({ ...filters, asof: undefined })}`} past={past} /> : null}
      <DroppedNotice dropped={dropped} message={(list) => page('dropped', { params: list })} />
      <SourceToolbar filters={filters} />
      <ViewToolbar kind="sources" filters={filters} query={buildSourceQuery(filters)} count={sources.length} />
      <p role="status" className="mb-3 text-sm font-medium">
        {page('results', { count: sources.length })}
      </p>
      {sources.length === 0 ? (
        <div className="rounded border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600">
          <p className="font-semibold">{page('empty', { q: filters.q ?? '' })}</p>
          <p className="mt-2">
            <Link href={`/sources${buildSourceQuery({ ...filters, q: undefined })}`}>{page('clear')}</Link>
          </p>
        </div>
      ) : null}
      <ol className="space-y-4">
        {shown.map((s) => (
          <li
            key={s.slug}
            id={s.slug}
            className="scroll-mt-4 break-inside-avoid rounded-lg border border-zinc-200 p-4 target:border-blue-600 target:ring-2 target:ring-blue-600 dark:border-zinc-800"
          >
            <p className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{page(`kind.${s.kind}`)}</p>
            <p>
              <span lang={nameLang(`${s.authors ?? ''}${s.title}${s.publisher ?? ''}`)}>
                {s.authors ? `${s.authors}, ` : ''}“{s.title}”{s.publisher ? `, ${s.publisher}` : ''}
              </span>
              {s.publishedOn ? `, ${formatIsoPartial(s.publishedOn, locale)}` : ''}.
            </p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {s.footnotes.map((f) => common('footnote', { number: f.number })).join(', ')}
              {s.url ? (
                <>
                  {s.footnotes.length ? ' · ' : ''}
                  <a href={s.url} rel="noopener noreferrer" className="break-all">
                    {s.url}
                  </a>
                </>
              ) : null}
            </p>
            {s.note ? (
              <p className="mt-1 text-sm">
                <LocalisedText locale={locale} en={s.note} ko={s.noteKo} />
              </p>
            ) : null}
            <SourceCitations citations={citations.get(s.id)} />
            <SourceStatus slug={s.slug} title={s.title} last={lastChanges.get(s.slug)} editor={Boolean(user) && !filters.asof} locale={locale} />
          </li>
        ))}
      </ol>
      <Pagination
        page={pageNumber}
        pageCount={pageCount}
        hrefFor={(p) => `/sources${buildSourceQuery({ ...filters, page: p })}`}
        labels={{ nav: deals('pagination.label'), previous: deals('pagination.previous'), next: deals('pagination.next'), page: deals('pagination.page', { page: pageNumber, count: pageCount }) }}
      />
      <SharePanel kind="sources" filters={filters} query={buildSourceQuery(filters)} locale={locale} embedHeight={rowsEmbedHeight(sources.length, 64)} />
      <PastListForm path="/sources" asof={filters.asof} keep={toRawParams(new URLSearchParams(buildSourceQuery({ ...filters, asof: undefined, page: 1 })))} />
    </>
  );
}
