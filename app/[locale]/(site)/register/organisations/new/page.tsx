import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { organisationEditor } from '@/lib/records/organisation';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/register/organisations/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('newOrganisation'), robots: { index: false } };
}

export default async function NewOrganisationPage({ params }: PageProps<'/[locale]/register/organisations/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('editing');
  const register = await getTranslations('register');
  return <EditorPage editor={organisationEditor} record={null} title={t('newOrganisation')} back={{ href: '/register#organisations', label: register('back') }} path="/register/organisations/new" locale={locale} />;
}
