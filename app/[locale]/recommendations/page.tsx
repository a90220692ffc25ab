import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { localised } from '@/lib/format';
import { listRecommendations } from '@/lib/queries/recommendations';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/recommendations'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'recommendations' });
  return { title: t('title'), description: t('intro') };
}

export default async function RecommendationsPage({ params }: PageProps<'/[locale]/recommendations'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('recommendations');
  const vocab = await getTranslations('vocab');
  const recommendations = await listRecommendations();

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ol className="space-y-4">
        {recommendations.map((r) => (
          <li key={r.number} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <h2>
              <span className="tabular-nums text-zinc-500">{r.number}.</span> {localised(locale, r.title, r.titleKo).text}
            </h2>
            <p className="mt-1 text-sm">{localised(locale, r.summary, r.summaryKo).text}</p>
            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
              <div>
                <dt className="inline font-medium">{t('columns.actors')}: </dt>
                <dd className="inline">{r.actors.map((a) => vocab(`actor.${a.actor}`)).join(', ')}</dd>
              </div>
              <div>
                <dt className="inline font-medium">{t('columns.stage')}: </dt>
                <dd className="inline">{vocab(`recommendationStage.${r.stage}`)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
