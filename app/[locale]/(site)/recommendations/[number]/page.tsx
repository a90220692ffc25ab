import type { Metadata } from 'next';
import { pageAlternates } from '@/lib/views/metadata';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressBar } from '@/components/recommendations/progress-bar';
import { PaperFindings } from '@/components/findings/paper-findings';
import { HistoryTimeline } from '@/components/tracker/history-timeline';
import { RecommendationForm } from '@/components/tracker/recommendation-form';
import { currentUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';
import { formatPartial, localised, nameLang } from '@/lib/format';
import { DroppedNotice } from '@/components/ui/dropped-notice';
import { PastViewForm, PastViewNotice } from '@/components/tracker/past-view';
import { type Dropped, buildQuery, pickPastDay } from '@/lib/filters/params';
import { endOfDay } from '@/lib/tracker/as-of';
import { getRecommendation, parseHistoryPage } from '@/lib/queries/recommendations';
import { actors, closingStages, parseRecommendationNumber, recommendationStages } from '@/lib/schemas/recommendation';
import { stateFields, targetText } from '@/lib/tracker/form';
import { canMove, isStale, milestoneProgress } from '@/lib/tracker/progress';
import { sourceDate } from '@/lib/tracker/source-date';
import { withFeed } from '@/lib/feeds/atom';
import { localisedPath } from '@/lib/url';

export const dynamic = 'force-dynamic';

/** Only 1–10 are recommendations; anything else is a 404, never an error. */
async function load(raw: string, historyPage = 1, asof?: string) {
  const number = parseRecommendationNumber(raw);
  return number === null ? null : getRecommendation(number, undefined, historyPage, asof);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/recommendations/[number]'>): Promise<Metadata> {
  const { locale, number } = await params;
  const r = await load(number);
  if (!r) return {};
  const metadata = {
    title: `${r.number}. ${localised(locale, r.title, r.titleKo).text}`,
    description: localised(locale, r.summary, r.summaryKo).text,
    alternates: pageAlternates(`/recommendations/${r.number}`, locale),
  };
  return withFeed(metadata, localisedPath(`/recommendations/${r.number}/feed.xml`, locale));
}

export default async function RecommendationPage({ params, searchParams }: PageProps<'/[locale]/recommendations/[number]'>) {
  const { locale, number } = await params;
  setRequestLocale(locale);
  // ?page= pages through the history; a page that is no page number shows the first, and says so.
  // ?asof= shows it as it stood at the end of that day; a day that is none is named, and today shown.
  const search = await searchParams;
  const rawPage = search.page;
  const historyPage = parseHistoryPage(rawPage);
  const dropped: Dropped = historyPage === null ? [{ key: 'page', value: String(rawPage) }] : [];
  const asof = pickPastDay(search, 'asof', dropped);
  const r = await load(number, historyPage ?? 1, asof);
  if (!r) notFound();
  const t = await getTranslations('recommendationDetail');
  const list = await getTranslations('recommendations');
  const vocab = await getTranslations('vocab');
  const active = r.milestones.filter((m) => !m.retiredAt);
  const retired = r.milestones.filter((m) => m.retiredAt);
  const progress = milestoneProgress(r.milestones);
  const section = 'mt-6 space-y-2';
  // Editing is on today's view only: a past view is read from the history.
  const editor = asof ? null : await currentUser();
  const past = asof ? `?asof=${asof}` : '';
  const tracker = await getTranslations('tracker');
  const freshness = await getTranslations('trackerFreshness');
  const conflict = await getTranslations('trackerConflict');
  const feeds = await getTranslations('trackerFeeds');
  const formWords = await getTranslations('trackerForm');
  const record = await getTranslations('trackerRecord');
  const responseWords = await getTranslations('trackerResponses');
  const source = sourceDate(r.sources, locale);
  const liveResponses = r.responses.filter((p) => !p.retiredAt);
  const retiredResponses = r.responses.filter((p) => p.retiredAt);
  const responseLine = (p: (typeof r.responses)[number]) => `${vocab(`actor.${p.actor}`)}, ${formatPartial(p.respondedOn, 'day', locale)}: ${localised(locale, p.position, p.positionKo).text}`;

  return (
    <article className="max-w-3xl">
      <p className="no-print mb-2 text-sm">
        <Link href={`/recommendations${past}`}>← {t('back')}</Link>
      </p>
      {asof ? <PastViewNotice asof={asof} today={`/recommendations/${r.number}`} /> : null}
      <h1>
        <span className="text-zinc-600 dark:text-zinc-400">{r.number}.</span> {localised(locale, r.title, r.titleKo).text}
      </h1>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {r.priority ? (
          <div data-testid="priority">
            <dt className="inline-block rounded bg-amber-100 px-2 font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50">{record('priority')}</dt>
            <dd className="text-xs text-zinc-600 dark:text-zinc-400">{record('priorityNote')}</dd>
          </div>
        ) : null}
        <div>
          <dt className="inline font-medium">{t('stage')}: </dt>
          <dd className="inline" data-testid="stage">
            {vocab(`recommendationStage.${r.stage}`)}
          </dd>
          <dd className="text-xs text-zinc-600 dark:text-zinc-400">{vocab(`recommendationStageDefinition.${r.stage}`)}</dd>
          {r.closureReason && (closingStages as readonly string[]).includes(r.stage) ? (
            <dd className="mt-1" data-testid="closure">
              <span className="font-medium">{record('closure')}:</span> {r.closureReason}
            </dd>
          ) : null}
        </div>
        <div>
          <dt className="sr-only">{list('columns.progress')}</dt>
          <dd>
            <ProgressBar progress={progress} label={list('progress', { done: progress.done, total: progress.total })} />
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">{t('lastReviewed')}: </dt>
          <dd className="inline">
            {r.lastReviewedAt ? formatPartial(r.lastReviewedAt, 'day', locale) : list('neverReviewed')}
            {isStale(r.lastReviewedAt, asof ? endOfDay(asof) : undefined, r.stage) ? ` · ${list('stale')}` : ''}
          </dd>
          {!r.lastReviewedAt && source ? (
            <dd className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="source-date">
              {freshness.rich('asPublished', { ...source, work: (title) => <cite lang={nameLang(source.source)}>{title}</cite> })}
            </dd>
          ) : null}
        </div>
      </dl>

      <section aria-labelledby="summary" className={section}>
        <h2 id="summary">{t('summary')}</h2>
        <p>{localised(locale, r.summary, r.summaryKo).text}</p>
        <p className="text-sm">
          <span className="font-medium">{list('columns.actors')}:</span> {r.actors.map((a) => vocab(`actor.${a.actor}`)).join(', ')}
        </p>
      </section>

      <section aria-labelledby="milestones" className={section}>
        <h2 id="milestones">{t('milestones')}</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="milestones-basis">
          {t('milestonesBasis')}
        </p>
        <ol className="space-y-2" data-testid="milestones">
          {active.map((m) => (
            <li key={m.slug} className="rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
              <p className="font-medium">
                <span aria-hidden="true">{m.doneAt ? '✔ ' : '○ '}</span>
                {localised(locale, m.title, m.titleKo).text}
              </p>
              <p className="text-zinc-700 dark:text-zinc-300">
                {t('milestoneActor')}: {vocab(`actor.${m.actor}`)}
                {m.targetDate ? ` · ${t('target')}: ${formatPartial(m.targetDate, targetText(m.targetDate)!.length > 7 ? 'day' : 'month', locale)}` : ''} ·{' '}
                {m.doneAt ? record('doneOn', { date: formatPartial(m.doneAt, 'day', locale) }) : t('notDone')}
              </p>
            </li>
          ))}
        </ol>
        {retired.length ? (
          <>
            <h3 className="text-base font-semibold">{record('retired')}</h3>
            <ul className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300" data-testid="retired-milestones">
              {retired.map((m) => (
                <li key={m.slug}>
                  <s>{localised(locale, m.title, m.titleKo).text}</s> · {record('retiredOn', { date: formatPartial(m.retiredAt!, 'day', locale) })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="responses" className={section}>
        <h2 id="responses">{responseWords('heading')}</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{responseWords('basis')}</p>
        <div className="space-y-3" data-testid="responses">
          {r.actors.map(({ actor }) => {
            const own = liveResponses.filter((p) => p.actor === actor);
            return (
              <section key={actor} aria-labelledby={`responses-${actor}`} data-actor={actor} className="rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
                <h3 id={`responses-${actor}`} className="text-base font-semibold">
                  {vocab(`actor.${actor}`)}
                </h3>
                {own.length ? (
                  <ol className="mt-1 space-y-2">
                    {own.map((p) => {
                      const position = localised(locale, p.position, p.positionKo);
                      return (
                        <li key={p.id}>
                          <time dateTime={p.respondedOn.toISOString().slice(0, 10)} className="font-medium">
                            {formatPartial(p.respondedOn, 'day', locale)}
                          </time>
                          <p lang={position.fallback ? 'en' : undefined}>{position.text}</p>
                          <a href={p.evidenceUrl} rel="noopener noreferrer nofollow" className="break-all">
                            {responseWords('source')}: {p.evidenceUrl}
                          </a>
                        </li>
                      );
                    })}
                  </ol>
                ) : (
                  <p className="text-zinc-600 dark:text-zinc-400">{responseWords('none')}</p>
                )}
              </section>
            );
          })}
        </div>
        {retiredResponses.length ? (
          <>
            <h3 className="text-base font-semibold">{responseWords('retired')}</h3>
            <ul className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300" data-testid="retired-responses">
              {retiredResponses.map((p) => (
                <li key={p.id}>
                  <s>{responseLine(p)}</s> · {record('retiredOn', { date: formatPartial(p.retiredAt!, 'day', locale) })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {editor ? (
        <div className="no-print mt-6">
          <RecommendationForm
            number={r.number}
            version={r.version}
            values={stateFields(r)}
            stages={recommendationStages
              .filter((s) => s === r.stage || canMove(r.stage as (typeof recommendationStages)[number], s))
              .map((s) => ({ value: s, label: vocab(`recommendationStage.${s}`) }))}
            stageLabels={Object.fromEntries(recommendationStages.map((s) => [s, vocab(`recommendationStage.${s}`)]))}
            actors={actors.map((a) => ({ value: a, label: vocab(`actor.${a}`) }))}
            milestones={r.milestones.map((m) => ({ slug: m.slug, title: localised(locale, m.title, m.titleKo).text }))}
            responseActors={actors.filter((a) => r.actors.some((x) => x.actor === a)).map((a) => ({ actor: a, heading: responseWords('addResponseOf', { actor: vocab(`actor.${a}`) }) }))}
            responses={liveResponses.map((p) => ({ id: p.id, label: responseLine(p) }))}
            responseLabels={Object.fromEntries((['addResponse', 'respondedOn', 'position', 'positionKo', 'evidence', 'retire', 'retireHeading'] as const).map((k) => [k, responseWords(k)])) as Parameters<typeof RecommendationForm>[0]['responseLabels']}
            labels={{
              editHeading: tracker('editHeading'),
              stage: tracker('stage'),
              note: tracker('note'),
              evidence: tracker('evidence'),
              save: tracker('save'),
              closureReason: formWords('closureReason'),
              priority: formWords('priority'),
              milestones: formWords('milestones'),
              doneOn: formWords('doneOn'),
              edit: formWords('edit'),
              title: formWords('title'),
              titleKo: formWords('titleKo'),
              actor: formWords('actor'),
              target: formWords('target'),
              position: formWords('position'),
              retired: formWords('retired'),
              retiredHeading: formWords('retiredHeading'),
              addMilestone: formWords('addMilestone'),
              changedMeanwhile: conflict('changedMeanwhile'),
              yourChange: conflict('yourChange'),
              applyMine: conflict('applyMine'),
              startAgain: conflict('startAgain'),
            }}
          />
        </div>
      ) : asof ? null : (
        <p className="no-print mt-6 text-sm">
          <Link href={`/sign-in?next=${encodeURIComponent(`/recommendations/${r.number}`)}`}>{conflict('signInToUpdate')}</Link>
        </p>
      )}

      <DroppedNotice dropped={dropped} message={(p) => list('dropped', { params: p })} />
      <div className="mt-6">
        <PastViewForm path={`/recommendations/${r.number}`} asof={asof} />
      </div>
      <HistoryTimeline
        entries={r.history}
        page={r.historyPage}
        pages={r.historyPages}
        total={r.historyTotal}
        href={(page) => `/recommendations/${r.number}${buildQuery([['asof', asof], ['page', page > 1 ? page : undefined]])}#history`}
      />
      <p className="no-print mt-2 text-sm">
        <a href={localisedPath(`/recommendations/${r.number}/feed.xml`, locale)} type="application/atom+xml">
          {feeds('oneFeed', { number: r.number })}
        </a>{' '}
        · <a href={localisedPath('/recommendations/feed.xml', locale)} type="application/atom+xml">{tracker('feed')}</a>
      </p>

      <div className="mt-6"><PaperFindings of={{ recommendation: r.number }} /></div>
      <LinkList id="instruments" title={t('instruments')} empty={t('none')} items={r.instruments.map((i) => ({ key: i.code, href: `/instruments/${i.code}`, text: `${i.acronym} — ${localised(locale, i.name, i.nameKo).text}` }))} />
      <LinkList id="challenges" title={t('challenges')} empty={t('none')} items={r.challenges.map((c) => ({ key: c.slug, href: null, text: localised(locale, c.title, c.titleKo).text }))} />
      <LinkList
        id="deals"
        title={t('deals')}
        empty={t('none')}
        items={r.deals.map((d) => ({ key: d.slug, href: `/deals/${d.slug}`, text: localised(locale, d.title, d.titleKo).text }))}
        more={r._count.deals > r.deals.length ? t('dealsShown', { shown: r.deals.length, total: r._count.deals }) : undefined}
      />
      <LinkList id="sources" title={t('sources')} empty={t('none')} items={r.sources.map((s) => ({ key: s.slug, href: `/sources#${s.slug}`, text: `${s.authors ? `${s.authors}, ` : ''}“${s.title}”`, lang: nameLang(`${s.authors ?? ''}${s.title}`) }))} />
    </article>
  );
}

function LinkList({ id, title, empty, items, more }: { id: string; title: string; empty: string; items: Array<{ key: string; href: string | null; text: string; lang?: string }>; more?: string }) {
  return (
    <section aria-labelledby={id} className="mt-6 space-y-2">
      <h2 id={id}>{title}</h2>
      {items.length ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {items.map((i) => (
            <li key={i.key} lang={i.lang}>
              {i.href ? <Link href={i.href}>{i.text}</Link> : i.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>
      )}
      {more ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{more}</p> : null}
    </section>
  );
}
