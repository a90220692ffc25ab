import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RegisterTables } from '@/components/register/register-tables';
import { PageHeader } from '@/components/ui/page-header';
import { currentUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';
import { getRegister } from '@/lib/queries/register';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/register'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'register' });
  return { title: t('title'), robots: { index: false } };
}

/** The editors' register: the records with no public page of their own, each with edit and history links. */
export default async function RegisterPage({ params }: PageProps<'/[locale]/register'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('register');
  const editing = await getTranslations('editing');
  const user = await currentUser();
  if (!user) {
    return (
      <>
        <PageHeader title={t('title')} intro={t('intro')} />
        <p className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
          {editing('signInToEdit')} <Link href="/sign-in?next=/register">{editing('signIn')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <p className="no-print -mt-3 mb-6 text-sm">
        {t('elsewhere')} <Link href="/deals/new">{editing('addDeal')}</Link> · <Link href="/instruments/new">{editing('addInstrument')}</Link> ·{' '}
        <Link href="/sources/new">{editing('addSource')}</Link>
      </p>
      <RegisterTables register={await getRegister()} />
    </>
  );
}
