import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PaperBody } from '@/components/paper/paper-body';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';
import { paper } from '@/lib/paper';
import { citedQuote, paperReferences } from '@/lib/queries/paper';
import { pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/paper'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'paper' });
  return { title: t('title'), description: t('intro'), alternates: pageAlternates('/paper', locale) };
}

/** `?cite=deal:<slug>:<field>` (or a key figure's, an instrument's) names a value whose words the page highlights; anything else is ignored. */
const quoteOf = (raw: string | string[] | undefined) => (typeof raw === 'string' && raw.length <= 240 ? citedQuote(raw) : null);

export default async function PaperPage({ params, searchParams }: PageProps<'/[locale]/paper'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('paper');
  const findingsT = await getTranslations('findings');
  const [references, quote] = await Promise.all([paperReferences(), quoteOf((await searchParams).cite)]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <p className="no-print -mt-4 mb-4 text-sm">
        <Link href="/findings">{findingsT('section.all')}</Link>
      </p>
      <PaperBody doc={paper()} references={references} quote={quote} locale={locale} />
    </>
  );
}
