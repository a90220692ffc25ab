import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { formatPartial } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { formatBytes, releaseFileHref } from '@/lib/releases/format';
import { getReleaseFile, getRelease, releaseDay } from '@/lib/releases/queries';
import { VERSION_PATTERN } from '@/lib/releases/version';
import { pageAlternates } from '@/lib/views/metadata';
import { PastListLinks } from '@/components/views/past-list';

export const dynamic = 'force-dynamic';

async function load(version: string) {
  return VERSION_PATTERN.test(version) ? getRelease(version) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/releases/[version]'>): Promise<Metadata> {
  const { locale, version } = await params;
  const t = await getTranslations({ locale, namespace: 'releases' });
  const release = await load(version);
  if (!release) return {};
  return { title: t('detailTitle', { version }), alternates: pageAlternates(`/releases/${version}`, locale) };
}

export default async function ReleasePage({ params }: PageProps<'/[locale]/releases/[version]'>) {
  const { locale, version } = await params;
  setRequestLocale(locale);
  const release = await load(version);
  if (!release) notFound();
  const t = await getTranslations('releases');
  const pastWords = await getTranslations('releasePast');
  const citation = await getReleaseFile(version, 'CITATION.cff');
  const day = releaseDay(release);
  const korean = locale === 'ko' && release.changelogKo;
  return (
    <>
      <PageHeader title={t('detailTitle', { version })} intro={t('detailIntro', { date: formatPartial(release.publishedAt, 'day', locale) })} />
      <p className="mb-6 text-sm text-zinc-700 dark:text-zinc-300">{t('published', { date: formatPartial(release.publishedAt, 'day', locale), name: release.publishedBy })}</p>
      <p className="mb-2">
        <Link href={`/recommendations?asof=${day}`} className="font-medium underline">
          {t('asOf')}
        </Link>
      </p>
      <nav aria-label={pastWords('heading')} className="mb-6 text-sm" data-testid="release-past">
        {pastWords('heading')}: <PastListLinks asof={day} />
      </nav>
      <section aria-labelledby="changelog" className="mb-8 max-w-3xl">
        <h2 id="changelog">{t('changelog')}</h2>
        {locale === 'ko' && !korean ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('changelogInEnglish')}</p> : null}
        <div className="mt-2 whitespace-pre-line" lang={korean || locale === 'en' ? undefined : 'en'}>
          {korean ? release.changelogKo : release.changelog}
        </div>
      </section>
      <section aria-labelledby="files" className="mb-8">
        <h2 id="files">{t('files')}</h2>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <thead className="border-b border-zinc-300 dark:border-zinc-700">
              <tr>
                <th scope="col" className="px-2 py-2">{t('fileName')}</th>
                <th scope="col" className="px-2 py-2">{t('mediaType')}</th>
                <th scope="col" className="px-2 py-2 text-right">{t('size')}</th>
                <th scope="col" className="px-2 py-2">{t('sha256')}</th>
              </tr>
            </thead>
            <tbody>
              {release.files.map((f) => (
                <tr key={f.name} className="border-b border-zinc-100 dark:border-zinc-900">
                  <th scope="row" className="px-2 py-2 font-medium">
                    <a href={releaseFileHref(version, f.name)} download={f.name} className="underline">
                      {f.name}
                    </a>
                  </th>
                  <td className="px-2 py-2">{f.mediaType}</td>
                  <td className="whitespace-nowrap px-2 py-2 text-right">{formatBytes(f.size, locale)}</td>
                  <td className="break-all px-2 py-2 font-mono text-xs">{f.sha256}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {citation ? (
        <section aria-labelledby="cite" className="mb-8 max-w-3xl">
          <h2 id="cite">{t('cite')}</h2>
          <p className="text-sm">{t('citeIntro')}</p>
          <pre className="mt-2 overflow-x-auto rounded border border-zinc-300 bg-zinc-50 p-3 text-xs dark:border-zinc-700 dark:bg-zinc-900" lang="en" tabIndex={0}>
            {new TextDecoder().decode(citation.bytes)}
          </pre>
        </section>
      ) : null}
      <p>
        <Link href="/releases" className="underline">
          {t('all')}
        </Link>
      </p>
    </>
  );
}
