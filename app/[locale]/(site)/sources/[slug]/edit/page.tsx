import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordEditPage } from '@/components/register/record-edit-page';
import { sourceEditor } from '@/lib/records/source';
import { getEditableRecord } from '@/lib/queries/records';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/[slug]/edit'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('editSource'), robots: { index: false } };
}

/** Sources have no page of their own: this one edits a work, and retires or restores it. */
export default async function EditSourcePage({ params }: PageProps<'/[locale]/sources/[slug]/edit'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const record = await getEditableRecord(sourceEditor, slug);
  if (!record) notFound();
  const t = await getTranslations('editing');
  const sources = await getTranslations('sources');
  return <RecordEditPage editor={sourceEditor} record={record} title={`${t('editSource')}: ${record.title}`} back={{ href: `/sources#${slug}`, label: sources('title') }} locale={locale} />;
}
