import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportForm } from '@/components/import/import-form';
import { PageHeader } from '@/components/ui/page-header';
import { currentUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/import'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'import' });
  return { title: t('title'), robots: { index: false } };
}

/** Bulk import from a CSV with an export's columns: a dry run first, then all of it in one transaction. */
export default async function ImportPage({ params }: PageProps<'/[locale]/import'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('import');
  const user = await currentUser();
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} intro={t('intro')} />
      {user ? (
        <ImportForm
          labels={{
            file: t('file'),
            fileHelp: t('fileHelp'),
            note: t('note'),
            noteHelp: t('noteHelp'),
            check: t('check'),
            checkAgain: t('checkAgain'),
            tooLarge: t('errors.tooLarge', { max: '1 MiB' }),
            table: {
              countsLabel: t('counts.label'),
              row: t('table.row'),
              key: t('table.key'),
              action: t('table.action'),
              details: t('table.details'),
              from: t('table.from'),
              to: t('table.to'),
              empty: t('table.empty'),
            },
          }}
        />
      ) : (
        <p className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
          {t('signInToImport')} <Link href={`/sign-in?next=${encodeURIComponent('/import')}`}>{t('signIn')}</Link>
        </p>
      )}
    </div>
  );
}
