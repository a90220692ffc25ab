import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PageHeader } from '@/components/ui/page-header';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-in'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'auth' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/sign-in'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth');
  const next = (await searchParams).next;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <SignInForm next={typeof next === 'string' ? next : undefined} labels={{ email: t('email'), password: t('password'), submit: t('submit') }} />
    </>
  );
}
