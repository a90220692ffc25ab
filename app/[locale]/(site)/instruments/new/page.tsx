import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { instrumentEditor } from '@/lib/records/instrument';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/instruments/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('newInstrument'), robots: { index: false } };
}

export default async function NewInstrumentPage({ params }: PageProps<'/[locale]/instruments/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('editing');
  const detail = await getTranslations('instrumentDetail');
  return <EditorPage editor={instrumentEditor} record={null} title={t('newInstrument')} back={{ href: '/instruments', label: detail('back') }} path="/instruments/new" locale={locale} />;
}
