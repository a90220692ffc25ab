import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PaperBody } from '@/components/paper/paper-body';
import { PageHeader } from '@/components/ui/page-header';
import { paper } from '@/lib/paper';
import { keyFigureQuote, paperReferences } from '@/lib/queries/paper';
import { pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/paper'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'paper' });
  return { title: t('title'), description: t('intro'), alternates: pageAlternates('/paper', locale) };
}

/** `?cite=key-figure:<slug>` names a value whose words the page highlights; anything else is ignored. */
async function citedQuote(raw: string | string[] | undefined): Promise<string | null> {
  const value = typeof raw === 'string' ? raw : null;
  const slug = value?.startsWith('key-figure:') ? value.slice('key-figure:'.length) : null;
  return slug && /^[a-z0-9-]{1,80}$/.test(slug) ? keyFigureQuote(slug) : null;
}

export default async function PaperPage({ params, searchParams }: PageProps<'/[locale]/paper'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('paper');
  const [references, quote] = await Promise.all([paperReferences(), citedQuote((await searchParams).cite)]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <PaperBody doc={paper()} references={references} quote={quote} locale={locale} />
    </>
  );
}
