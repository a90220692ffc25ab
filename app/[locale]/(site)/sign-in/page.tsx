import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { PageHeader } from '@/components/ui/page-header';
import { headers } from 'next/headers';
import { refererPath, safeNextPath } from '@/lib/auth/next-path';
import { publicOrigin } from '@/lib/url';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-in'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'auth' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/sign-in'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth');
  // Back to where the reader was: `next` (or `from`) when a link names it, else the page they came
  // from (the header's "Sign in" link); only a same-site path is kept (lib/auth/next-path.ts).
  const query = await searchParams;
  const named = [query.next, query.from].find((v) => typeof v === 'string');
  const head = await headers();
  const next = named !== undefined ? safeNextPath(named) : refererPath(head.get('referer'), [head.get('host'), new URL(publicOrigin(head)).host]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <SignInForm next={next} labels={{ email: t('email'), password: t('password'), submit: t('submit') }} />
    </>
  );
}
