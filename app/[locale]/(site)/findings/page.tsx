import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FindingCard } from '@/components/findings/finding-card';
import { FindingFacets } from '@/components/findings/finding-facets';
import { FindingSearch } from '@/components/findings/finding-search';
import { FindingsEmpty } from '@/components/findings/findings-empty';
import { DroppedNotice } from '@/components/ui/dropped-notice';
import { FilterFocus } from '@/components/ui/filter-focus';
import { PageHeader } from '@/components/ui/page-header';
import { ViewToolbar } from '@/components/views/view-toolbar';
import { SharePanel } from '@/components/views/share-panel';
import { rowsEmbedHeight } from '@/lib/views/embed';
import { buildFindingQuery, parseFindingFilters } from '@/lib/filters/findings';
import { Link } from '@/lib/i18n/navigation';
import { findingFacets, listFindings } from '@/lib/queries/findings';
import { viewMetadata } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/findings'>): Promise<Metadata> {
  return viewMetadata('findings', await searchParams, (await params).locale);
}

export default async function FindingsPage({ params, searchParams }: PageProps<'/[locale]/findings'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, dropped } = parseFindingFilters(await searchParams);
  const t = await getTranslations('findings');
  const query = buildFindingQuery(filters);
  const [rows, facets] = await Promise.all([listFindings(filters), findingFacets(filters)]);
  const results = t('results', { count: rows.length });

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <DroppedNotice dropped={dropped} message={(list) => t('dropped', { params: list })} />
      {dropped.length ? (
        <p className="-mt-2 mb-4 text-sm">
          <Link href={`/findings${query}`}>{t('droppedLink')}</Link>
        </p>
      ) : null}
      <a href="#results" className="no-print mb-2 inline-block text-sm">
        {t('facets.skip')}
      </a>
      <div className="flex flex-col gap-6 lg:flex-row">
        <aside className="no-print lg:w-52 lg:shrink-0">
          <FindingFacets filters={filters} facets={facets} />
        </aside>
        <div className="min-w-0 flex-1 space-y-4">
          <FindingSearch filters={filters} />
          <ViewToolbar kind="findings" filters={filters} query={query} count={rows.length} />
          <h2 id="results" tabIndex={-1} className="text-base" data-testid="finding-count">
            {results}
          </h2>
          <FilterFocus view={query} message={results} headingId="results" />
          {rows.length === 0 ? (
            <FindingsEmpty filters={filters} facets={facets} />
          ) : (
            <ol className="space-y-4" data-testid="findings">
              {rows.map((f) => (
                <li key={f.slug}>
                  <FindingCard finding={f} locale={locale} level="h3" />
                </li>
              ))}
            </ol>
          )}
          <SharePanel kind="findings" filters={filters} query={query} locale={locale} embedHeight={rowsEmbedHeight(rows.length, 96)} />
        </div>
      </div>
    </>
  );
}
