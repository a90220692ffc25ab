import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { keyFigureEditor } from '@/lib/records/key-figure';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/register/key-figures/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('newKeyFigure'), robots: { index: false } };
}

export default async function NewKeyFigurePage({ params }: PageProps<'/[locale]/register/key-figures/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('editing');
  const register = await getTranslations('register');
  return <EditorPage editor={keyFigureEditor} record={null} title={t('newKeyFigure')} back={{ href: '/register#key-figures', label: register('back') }} path="/register/key-figures/new" locale={locale} />;
}
