import { decodeSegment } from '@/lib/url';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordEditPage } from '@/components/register/record-edit-page';
import { keyFigureEditor } from '@/lib/records/key-figure';
import { getEditableRecord } from '@/lib/queries/records';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/register/key-figures/[slug]/edit'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('editKeyFigure'), robots: { index: false } };
}

export default async function EditKeyFigurePage({ params }: PageProps<'/[locale]/register/key-figures/[slug]/edit'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const record = await getEditableRecord(keyFigureEditor, decodeSegment(slug));
  if (!record) notFound();
  const t = await getTranslations('editing');
  const register = await getTranslations('register');
  const key = keyFigureEditor.keyOf(record);
  return <RecordEditPage editor={keyFigureEditor} record={record} title={`${t('editKeyFigure')}: ${record.label}`} back={{ href: `/register#key-figures-${key}`, label: register('back') }} locale={locale} />;
}
