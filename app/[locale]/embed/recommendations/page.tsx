import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressBar } from '@/components/recommendations/progress-bar';
import { EmbedCredit } from '@/components/views/embed-credit';
import { localised } from '@/lib/format';
import { listRecommendations } from '@/lib/queries/recommendations';
import { milestoneProgress } from '@/lib/tracker/progress';
import { localisedPath, publicOrigin } from '@/lib/url';
import { citeView } from '@/lib/views/citation';
import { describeView } from '@/lib/views/describe';
import { readView } from '@/lib/lists';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/embed/recommendations'>): Promise<Metadata> {
  const { locale } = await params;
  const { filters } = readView('recommendations', await searchParams);
  return { title: (await describeView('recommendations', filters, locale)).line, robots: { index: false } };
}

/** /embed/recommendations?<the /recommendations view>: the scorecard, for an iframe. */
export default async function EmbedScorecard({ params, searchParams }: PageProps<'/[locale]/embed/recommendations'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, query } = readView('recommendations', await searchParams);
  const origin = publicOrigin(await headers());
  const t = await getTranslations('recommendations');
  const vocab = await getTranslations('vocab');
  const [rows, cite] = await Promise.all([listRecommendations(filters), citeView('recommendations', filters, query, locale, origin)]);
  return (
    <>
      <h1 className="sr-only">{cite.description.line}</h1>
      <table className="w-full text-sm" data-testid="scorecard">
        <caption className="mb-2 text-left font-semibold">{cite.description.line}</caption>
        <thead>
          <tr className="border-b border-zinc-300 text-left dark:border-zinc-700">
            <th scope="col" className="py-1 pr-2">{t('columns.number')}</th>
            <th scope="col" className="py-1 pr-2">{t('columns.title')}</th>
            <th scope="col" className="py-1 pr-2">{t('columns.stage')}</th>
            <th scope="col" className="py-1">{t('columns.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const progress = milestoneProgress(r.milestones);
            return (
              <tr key={r.number} data-number={r.number} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                <td className="py-1 pr-2 tabular-nums">{r.number}</td>
                <td className="py-1 pr-2">
                  <a href={`${origin}${localisedPath(`/recommendations/${r.number}`, locale)}`} target="_top">
                    {localised(locale, r.title, r.titleKo).text}
                  </a>
                </td>
                <td className="py-1 pr-2">{vocab(`recommendationStage.${r.stage}`)}</td>
                <td className="py-1">
                  <ProgressBar progress={progress} label={t('progress', { done: progress.done, total: progress.total })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <EmbedCredit cite={cite} />
    </>
  );
}
