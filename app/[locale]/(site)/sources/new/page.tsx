import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { sourceEditor } from '@/lib/records/source';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('newSource'), robots: { index: false } };
}

export default async function NewSourcePage({ params }: PageProps<'/[locale]/sources/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('editing');
  const sources = await getTranslations('sources');
  return <EditorPage editor={sourceEditor} record={null} title={t('newSource')} back={{ href: '/sources', label: sources('title') }} path="/sources/new" locale={locale} />;
}
