import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { countryEditor } from '@/lib/records/country';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/register/countries/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('newCountry'), robots: { index: false } };
}

export default async function NewCountryPage({ params }: PageProps<'/[locale]/register/countries/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('editing');
  const register = await getTranslations('register');
  return <EditorPage editor={countryEditor} record={null} title={t('newCountry')} back={{ href: '/register#countries', label: register('back') }} path="/register/countries/new" locale={locale} />;
}
