import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { dealEditor } from '@/lib/records/deal';
import { getEditableRecord } from '@/lib/queries/records';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/deals/[slug]/edit'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('editDeal'), robots: { index: false } };
}

export default async function EditDealPage({ params }: PageProps<'/[locale]/deals/[slug]/edit'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const record = await getEditableRecord(dealEditor, slug);
  if (!record) notFound();
  const t = await getTranslations('editing');
  return (
    <EditorPage editor={dealEditor} record={record} title={`${t('editDeal')}: ${record.title}`} back={{ href: `/deals/${slug}`, label: record.title }} path={`/deals/${slug}/edit`} locale={locale} />
  );
}
