import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PublishReleaseForm } from '@/components/admin/publish-release-form';
import { PageHeader } from '@/components/ui/page-header';
import { currentUser } from '@/lib/auth/current-user';
import { formatPartial } from '@/lib/format';
import { Link, redirect } from '@/lib/i18n/navigation';
import { draftChangelog } from '@/lib/releases/changelog';
import { allVersions, latestRelease } from '@/lib/releases/queries';
import { nextVersion } from '@/lib/releases/version';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

/** Publishing a release: admins only (editors and readers are refused, as on /admin/users). */
export default async function AdminReleasesPage({ params }: PageProps<'/[locale]/admin/releases'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) redirect({ href: '/sign-in?next=/admin/releases', locale });
  const t = await getTranslations('releases');
  if (user?.role !== 'admin') return <PageHeader title={t('adminTitle')} intro={t('adminsOnly')} />;

  const [latest, versions] = await Promise.all([latestRelease(), allVersions()]);
  const draft = await draftChangelog(latest?.publishedAt ?? null);
  const suggested = nextVersion(versions);
  return (
    <>
      <PageHeader title={t('adminTitle')} intro={t('adminIntro')} />
      <p className="mb-4">
        {latest ? t('lastRelease', { version: latest.version, date: formatPartial(latest.publishedAt, 'day', locale) }) : t('firstRelease')}{' '}
        <Link href="/releases" className="underline">
          {t('all')}
        </Link>
      </p>
      <PublishReleaseForm
        suggested={suggested}
        draft={draft.text}
        draftKo={draft.textKo}
        labels={{
          version: t('version'),
          versionHelp: t('versionHelp', { suggested }),
          changelog: t('changelogLabel'),
          changelogHelp: t('changelogHelp', { saves: draft.saves, revisions: draft.revisions }),
          changelogKo: t('changelogKoLabel'),
          changelogKoHelp: t('changelogKoHelp'),
          publish: t('publish'),
        }}
      />
    </>
  );
}
