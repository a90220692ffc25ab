import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { currentUser } from '@/lib/auth/current-user';
import { formatPartial } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { formatBytes, releaseFileHref } from '@/lib/releases/format';
import { listReleases, zipOf } from '@/lib/releases/queries';
import { pageAlternates } from '@/lib/views/metadata';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/releases'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'releases' });
  return { title: t('title'), description: t('intro'), alternates: pageAlternates('/releases', locale) };
}

/** The first lines of a changelog, for the list: the release's page has it whole. */
function excerpt(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim());
  const short = lines.slice(0, 4).join('\n');
  return short.length > 400 ? `${short.slice(0, 400)}…` : lines.length > 4 ? `${short}\n…` : short;
}

export default async function ReleasesPage({ params }: PageProps<'/[locale]/releases'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('releases');
  const [releases, user] = await Promise.all([listReleases(), currentUser()]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {user?.role === 'admin' ? (
        <p className="mb-6">
          <Link href="/admin/releases" className="font-medium underline">
            {t('adminTitle')}
          </Link>
        </p>
      ) : null}
      {releases.length === 0 ? <p>{t('none')}</p> : null}
      <ol className="space-y-6">
        {releases.map((release) => {
          const zip = zipOf(release);
          const korean = locale === 'ko' && release.changelogKo;
          return (
            <li key={release.id} className="max-w-3xl border-b border-zinc-200 pb-6 dark:border-zinc-800">
              <h2 className="text-lg font-semibold">
                <Link href={`/releases/${release.version}`}>{t('detailTitle', { version: release.version })}</Link>
              </h2>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">
                {t('published', { date: formatPartial(release.publishedAt, 'day', locale), name: release.publishedBy })}
              </p>
              <p className="mt-2 whitespace-pre-line text-sm" lang={korean || locale === 'en' ? undefined : 'en'}>
                {excerpt(korean ? release.changelogKo! : release.changelog)}
              </p>
              {zip ? (
                <p className="mt-2 text-sm">
                  <a href={releaseFileHref(release.version, zip.name)} download={zip.name} className="font-medium underline">
                    {t('download', { version: release.version, size: formatBytes(zip.size, locale) })}
                  </a>
                  <br />
                  <span className="break-all font-mono text-xs text-zinc-700 dark:text-zinc-300">{t('checksum', { hash: zip.sha256 })}</span>
                </p>
              ) : null}
              <p className="mt-2 text-sm">
                <Link href={`/releases/${release.version}`} className="underline">
                  {t('details', { version: release.version })}
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
