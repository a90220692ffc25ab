import { decodeSegment } from '@/lib/url';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordEditPage } from '@/components/register/record-edit-page';
import { organisationEditor } from '@/lib/records/organisation';
import { getEditableRecord } from '@/lib/queries/records';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/register/organisations/[slug]/edit'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('editOrganisation'), robots: { index: false } };
}

export default async function EditOrganisationPage({ params }: PageProps<'/[locale]/register/organisations/[slug]/edit'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const record = await getEditableRecord(organisationEditor, decodeSegment(slug));
  if (!record) notFound();
  const t = await getTranslations('editing');
  const register = await getTranslations('register');
  const key = organisationEditor.keyOf(record);
  return <RecordEditPage editor={organisationEditor} record={record} title={`${t('editOrganisation')}: ${record.name}`} back={{ href: `/register#organisations-${key}`, label: register('back') }} locale={locale} />;
}
