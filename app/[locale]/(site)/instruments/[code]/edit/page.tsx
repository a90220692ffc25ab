import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { instrumentEditor } from '@/lib/records/instrument';
import { getEditableRecord } from '@/lib/queries/records';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/instruments/[code]/edit'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('editInstrument'), robots: { index: false } };
}

export default async function EditInstrumentPage({ params }: PageProps<'/[locale]/instruments/[code]/edit'>) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const record = await getEditableRecord(instrumentEditor, code);
  if (!record) notFound();
  const t = await getTranslations('editing');
  return (
    <EditorPage
      editor={instrumentEditor}
      record={record}
      title={`${t('editInstrument')}: ${record.acronym}`}
      back={{ href: `/instruments/${code}`, label: record.acronym }}
      path={`/instruments/${code}/edit`}
      locale={locale}
    />
  );
}
