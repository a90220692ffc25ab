import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressBar } from '@/components/recommendations/progress-bar';
import { RecommendationFilters } from '@/components/recommendations/recommendation-filters';
import { DroppedNotice } from '@/components/ui/dropped-notice';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';
import { DEFAULT_RECOMMENDATION_SORT, buildRecommendationQuery, parseRecommendationFilters } from '@/lib/filters/recommendations';
import { PastViewForm, PastViewNotice } from '@/components/tracker/past-view';
import { endOfDay } from '@/lib/tracker/as-of';
import { formatPartial, localised, nameLang } from '@/lib/format';
import { LocalisedText } from '@/components/ui/localised-text';
import { listRecommendations } from '@/lib/queries/recommendations';
import { viewMetadata } from '@/lib/views/metadata';
import { ViewToolbar } from '@/components/views/view-toolbar';
import { SharePanel } from '@/components/views/share-panel';
import { rowsEmbedHeight } from '@/lib/views/embed';
import { recommendationStages } from '@/lib/schemas/recommendation';
import { isStale, milestoneProgress } from '@/lib/tracker/progress';
import { sourceDate } from '@/lib/tracker/source-date';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/recommendations'>): Promise<Metadata> {
  return viewMetadata('recommendations', await searchParams, (await params).locale);
}

export default async function RecommendationsPage({ params, searchParams }: PageProps<'/[locale]/recommendations'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, dropped } = parseRecommendationFilters(await searchParams);
  const t = await getTranslations('recommendations');
  const vocab = await getTranslations('vocab');
  const freshness = await getTranslations('trackerFreshness');
  const record = await getTranslations('trackerRecord');
  const recommendations = await listRecommendations(filters);
  const responseWords = await getTranslations('trackerResponses');
  // Filtered by exactly one actor, the scorecard is that actor's: each card shows its latest response.
  const actor = filters.actor.length === 1 ? filters.actor[0]! : null;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {filters.asof ? <PastViewNotice asof={filters.asof} today={`/recommendations${buildRecommendationQuery({ ...filters, asof: undefined })}`} /> : null}
      <DroppedNotice dropped={dropped} message={(p) => t('dropped', { params: p })} />
      <RecommendationFilters filters={filters} />
      <div className="mb-4">
        <PastViewForm path="/recommendations" asof={filters.asof} keep={{ q: filters.q, stage: filters.stage, actor: filters.actor, sort: filters.sort === DEFAULT_RECOMMENDATION_SORT ? undefined : filters.sort }} />
      </div>
      <ViewToolbar kind="recommendations" filters={filters} query={buildRecommendationQuery(filters)} count={recommendations.length} />
      <p role="status" className="mb-2 text-sm">
        {t('results', { count: recommendations.length })}
      </p>
      {recommendations.length === 0 ? (
        <p className="rounded border border-dashed border-zinc-400 p-6 text-center">
          {t('empty')} <Link href="/recommendations">{t('clear')}</Link>
        </p>
      ) : (
        <ol className="space-y-3" data-testid="scorecard">
          {recommendations.map((r) => {
            const progress = milestoneProgress(r.milestones);
            const stale = isStale(r.lastReviewedAt, filters.asof ? endOfDay(filters.asof) : undefined, r.stage);
            const source = r.lastReviewedAt ? null : sourceDate(r.sources, locale);
            return (
              <li key={r.number} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-number={r.number}>
                <h2>
                  <span className="tabular-nums text-zinc-600 dark:text-zinc-400">{r.number}.</span>{' '}
                  <Link href={`/recommendations/${r.number}${filters.asof ? `?asof=${filters.asof}` : ''}`}>
                    <LocalisedText locale={locale} en={r.title} ko={r.titleKo} />
                  </Link>
                  {r.priority ? (
                    <span className="ml-2 inline-block rounded bg-amber-100 px-2 align-middle text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50" data-testid="priority">
                      {record('priority')}
                    </span>
                  ) : null}
                </h2>
                <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_auto_auto_auto]">
                  <div>
                    <dt className="sr-only">{t('columns.stage')}</dt>
                    <dd className="font-medium" data-testid="stage">{vocab(`recommendationStage.${r.stage}`)}</dd>
                  </div>
                  <div>
                    <dt className="sr-only">{t('columns.progress')}</dt>
                    <dd>
                      <ProgressBar progress={progress} label={t('progress', { done: progress.done, total: progress.total })} />
                    </dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">{t('columns.actors')}: </dt>
                    <dd className="inline">{r.actors.map((a) => vocab(`actor.${a.actor}`)).join(', ')}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">{t('columns.lastReviewed')}: </dt>
                    <dd className="inline">
                      {r.lastReviewedAt ? formatPartial(r.lastReviewedAt, 'day', locale) : t('neverReviewed')}
                      {source ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{freshness.rich('asPublished', { ...source, work: (title) => <cite lang={nameLang(source.source)}>{title}</cite> })}</span> : null}
                      {stale ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-950 dark:bg-amber-900 dark:text-amber-50">{t('stale')}</span> : null}
                    </dd>
                  </div>
                </dl>
                {actor ? <LatestResponse response={r.responses[0]} label={responseWords('latest', { actor: vocab(`actor.${actor}`) })} none={responseWords('none')} locale={locale} /> : null}
              </li>
            );
          })}
        </ol>
      )}
      <SharePanel kind="recommendations" filters={filters} query={buildRecommendationQuery(filters)} locale={locale} embedHeight={rowsEmbedHeight(recommendations.length, 56)} />
      <section aria-labelledby="stage-definitions" className="mt-8 text-sm">
        <h2 id="stage-definitions">{t('stagesHeading')}</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          {recommendationStages.map((s) => (
            <div key={s} className="contents">
              <dt className="font-medium">{vocab(`recommendationStage.${s}`)}</dt>
              <dd className="text-zinc-700 dark:text-zinc-300">{vocab(`recommendationStageDefinition.${s}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

/** One actor's latest response on a scorecard card: its day and what it said, or that none is recorded. */
function LatestResponse({ response, label, none, locale }: { response: { respondedOn: Date; position: string; positionKo: string | null } | undefined; label: string; none: string; locale: string }) {
  const position = response ? localised(locale, response.position, response.positionKo) : null;
  return (
    <dl className="mt-2 text-sm" data-testid="latest-response">
      <dt className="inline font-medium">{label}: </dt>
      <dd className="inline">
        {response && position ? (
          <>
            <time dateTime={response.respondedOn.toISOString().slice(0, 10)}>{formatPartial(response.respondedOn, 'day', locale)}</time> —{' '}
            <span lang={position.fallback ? 'en' : undefined}>{position.text}</span>
          </>
        ) : (
          <span className="text-zinc-600 dark:text-zinc-400">{none}</span>
        )}
      </dd>
    </dl>
  );
}
