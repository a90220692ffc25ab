import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { dealEditor } from '@/lib/records/deal';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/deals/new'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'editing' });
  return { title: t('newDeal'), robots: { index: false } };
}

export default async function NewDealPage({ params }: PageProps<'/[locale]/deals/new'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('editing');
  const deals = await getTranslations('dealDetail');
  return <EditorPage editor={dealEditor} record={null} title={t('newDeal')} back={{ href: '/deals', label: deals('back') }} path="/deals/new" locale={locale} />;
}
