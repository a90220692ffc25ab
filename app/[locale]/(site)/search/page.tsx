import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteSearchResults } from '@/components/search/site-search-results';
import { PageHeader } from '@/components/ui/page-header';
import { SearchForm } from '@/components/ui/search-form';
import { pickText } from '@/lib/filters/params';
import { getPathname } from '@/lib/i18n/navigation';
import { searchEverything, searchKinds } from '@/lib/queries/site-search';
import { pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'siteSearch' });
  // A search's results are not a page of their own for search engines.
  return { title: t('title'), alternates: pageAlternates('/search', locale), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const q = pickText(await searchParams, 'q');
  const t = await getTranslations('siteSearch');
  const results = q ? await searchEverything(q) : null;
  const total = results ? searchKinds.reduce((n, kind) => n + results[kind].total, 0) : 0;

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t('title')} intro={t('intro')} />
      <SearchForm action={getPathname({ href: '/search', locale })} label={t('label')} placeholder={t('placeholder')} submit={t('submit')} query={q} view="" />
      {results ? (
        <>
          <p role="status" className="font-semibold" data-testid="search-total">
            {t('results', { count: total, q: results.q })}
          </p>
          <SiteSearchResults results={results} locale={locale} />
        </>
      ) : (
        <p className="text-zinc-700 dark:text-zinc-300">{t('prompt')}</p>
      )}
    </div>
  );
}
