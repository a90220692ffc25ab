import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { formatIsoPartial } from '@/lib/format';
import { listSources } from '@/lib/queries/sources';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'sources' });
  return { title: t('title'), description: t('intro') };
}

export default async function SourcesPage({ params }: PageProps<'/[locale]/sources'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('sources');
  const common = await getTranslations('common');
  const sources = await listSources();

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ol className="space-y-4">
        {sources.map((s) => (
          <li key={s.slug} id={s.slug} className="scroll-mt-4 rounded-lg border border-zinc-200 p-4 target:border-blue-600 dark:border-zinc-800">
            <p>
              {s.authors ? `${s.authors}, ` : ''}“{s.title}”{s.publisher ? `, ${s.publisher}` : ''}
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
          </li>
        ))}
      </ol>
    </>
  );
}
