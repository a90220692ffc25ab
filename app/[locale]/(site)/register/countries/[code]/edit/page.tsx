import { decodeSegment } from '@/lib/url';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordEditPage } from '@/components/register/record-edit-page';
import { countryEditor } from '@/lib/records/country';
import { getEditableRecord } from '@/lib/queries/records';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/register/countries/[code]/edit'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('editCountry'), robots: { index: false } };
}

export default async function EditCountryPage({ params }: PageProps<'/[locale]/register/countries/[code]/edit'>) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const record = await getEditableRecord(countryEditor, decodeSegment(code));
  if (!record) notFound();
  const t = await getTranslations('editing');
  const register = await getTranslations('register');
  const key = countryEditor.keyOf(record);
  return <RecordEditPage editor={countryEditor} record={record} title={`${t('editCountry')}: ${record.name}`} back={{ href: `/register#countries-${key}`, label: register('back') }} locale={locale} />;
}
