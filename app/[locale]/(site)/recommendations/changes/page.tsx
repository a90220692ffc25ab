import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DroppedNotice } from '@/components/ui/dropped-notice';
import { PageHeader } from '@/components/ui/page-header';
import { buildQuery } from '@/lib/filters/params';
import { formatPartial, localised } from '@/lib/format';
import { Link, getPathname } from '@/lib/i18n/navigation';
import { endOfDay } from '@/lib/tracker/as-of';
import { type RecommendationDiff, compareDays, moved, parseDays } from '@/lib/tracker/compare';
import { pageAlternates } from '@/lib/views/metadata';
import { revisionFieldName } from '@/lib/editing/words';
import { registerChanges } from '@/lib/records/compare';
import { pastPath } from '@/lib/records/registry';
import { PastListLinks } from '@/components/views/past-list';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/recommendations/changes'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'trackerCompare' });
  return { title: t('title'), description: t('intro'), alternates: pageAlternates('/recommendations/changes', locale) };
}

/**
 * What changed on the tracker between two days: a page that prints as a briefing, with its CSV.
 * Each day is read as it stood at its end (UTC), rebuilt from the history.
 */
export default async function ChangesPage({ params, searchParams }: PageProps<'/[locale]/recommendations/changes'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('trackerCompare');
  const vocab = await getTranslations('vocab');
  const raw = await searchParams;
  const { days, dropped } = parseDays(raw);
  const [diffs, register] = days ? await Promise.all([compareDays(days), registerChanges(days)]) : [[], null];
  const r = await getTranslations('registerCompare');
  const day = (iso: string) => formatPartial(new Date(endOfDay(iso).getTime() - 1), 'day', locale);
  const field = 'rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
  const changed = diffs.filter(moved);
  const still = diffs.filter((d) => !moved(d));
  const title = (d: RecommendationDiff) => localised(locale, d.title, d.titleKo).text;
  const names = (list: RecommendationDiff['done']) => list.map((m) => localised(locale, m.title, m.titleKo).text).join('; ');

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <DroppedNotice dropped={dropped.filter((d) => d.key !== 'format')} message={() => t('pickTwo')} />
      <form method="get" action={getPathname({ href: '/recommendations/changes', locale })} className="no-print mb-6 flex flex-wrap items-end gap-3 text-sm" aria-label={t('formLabel')}>
        <label className="flex flex-col">
          <span className="font-medium">{t('from')}</span>
          <input type="date" name="from" required defaultValue={days?.from} className={field} />
        </label>
        <label className="flex flex-col">
          <span className="font-medium">{t('to')}</span>
          <input type="date" name="to" required defaultValue={days?.to} className={field} />
        </label>
        <button type="submit" className="rounded border border-zinc-500 px-3 py-1">
          {t('submit')}
        </button>
      </form>

      {days ? (
        <section aria-labelledby="comparison" className="space-y-4">
          <h2 id="comparison">{t('heading', { from: day(days.from), to: day(days.to) })}</h2>
          <p className="text-sm" role="status">
            {t('movedCount', { count: changed.length, total: diffs.length })}
          </p>
          <p className="no-print text-sm">
            <a href={`/api/recommendations/changes${buildQuery([['from', days.from], ['to', days.to], ['format', 'csv']])}`} download>
              {t('csv')}
            </a>{' '}
            · <a href={`/api/recommendations/changes${buildQuery([['from', days.from], ['to', days.to]])}`}>JSON</a> · {t('print')}
          </p>
          <ol className="space-y-3" data-testid="comparison">
            {changed.map((d) => (
              <li key={d.number} className="break-inside-avoid rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800" data-number={d.number}>
                <h3 className="text-base font-semibold">
                  {d.number}. <Link href={`/recommendations/${d.number}?asof=${days.to}`}>{title(d)}</Link>
                </h3>
                <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
                  <dt className="font-medium">{t('status')}</dt>
                  <dd data-testid="stage-change">
                    {d.stage.from === d.stage.to ? vocab(`recommendationStage.${d.stage.to}`) : `${vocab(`recommendationStage.${d.stage.from}`)} → ${vocab(`recommendationStage.${d.stage.to}`)}`}
                  </dd>
                  <dt className="font-medium">{t('milestones')}</dt>
                  <dd>
                    {t('progress', { from: d.progress.from.done, to: d.progress.to.done, total: d.progress.to.total })}
                    <ul className="list-disc pl-5">
                      {(['done', 'reopened', 'added', 'retired'] as const).map((kind) => (d[kind].length ? <li key={kind}>{t(kind, { titles: names(d[kind]) })}</li> : null))}
                    </ul>
                  </dd>
                  {d.priority.from !== d.priority.to ? (
                    <>
                      <dt className="font-medium">{t('priority')}</dt>
                      <dd>{d.priority.to ? t('flagged') : t('unflagged')}</dd>
                    </>
                  ) : null}
                  <dt className="font-medium">{t('between')}</dt>
                  <dd>
                    {t('saves', { count: d.saves })} · <Link href={`/recommendations/${d.number}#history`}>{t('history')}</Link>
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
          {still.length ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="unchanged">
              {t('unchanged', { numbers: still.map((d) => d.number).join(', ') })}
            </p>
          ) : null}
          <p className="no-print text-sm">
            <Link href={`/recommendations?asof=${days.from}`}>{t('seeDay', { date: day(days.from) })}</Link> ·{' '}
            <Link href={`/recommendations?asof=${days.to}`}>{t('seeDay', { date: day(days.to) })}</Link>
          </p>
        </section>
      ) : null}
      {days && register ? (
        <section aria-labelledby="register-changes" className="mt-8 space-y-3">
          <h2 id="register-changes">{r('heading')}</h2>
          <p className="text-sm">{r('intro')}</p>
          <p className="text-sm" role="status">
            {r('count', { count: register.total })} {register.total > register.records.length ? r('more', { shown: register.records.length, total: register.total }) : null}
          </p>
          <p className="no-print text-sm">
            <a href={`/api/register/changes${buildQuery([['from', days.from], ['to', days.to], ['format', 'csv']])}`} download>
              {r('csv')}
            </a>{' '}
            · <a href={`/api/register/changes${buildQuery([['from', days.from], ['to', days.to]])}`}>JSON</a>
          </p>
          {register.records.length ? (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="register-changes">
                <caption className="sr-only">{r('caption')}</caption>
                <thead className="border-b border-zinc-300 dark:border-zinc-700">
                  <tr>
                    <th scope="col" className="py-1 pr-3">{r('kindColumn')}</th>
                    <th scope="col" className="py-1 pr-3">{r('record')}</th>
                    <th scope="col" className="py-1 pr-3">{r('what')}</th>
                    <th scope="col" className="py-1 text-right">{r('savesColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {register.records.map((c) => (
                    <tr key={`${c.entity}/${c.key}`} className="break-inside-avoid border-b border-zinc-100 align-top dark:border-zinc-900" data-record={`${c.entity}/${c.key}`}>
                      <td className="py-1 pr-3">{r(`kind.${c.entity}`)}</td>
                      <th scope="row" className="py-1 pr-3 font-normal break-all">
                        <Link href={`${pastPath(c.entity, c.key)}?asof=${days.to}`}>{c.key}</Link>
                      </th>
                      <td className="py-1 pr-3">
                        {[
                          ...(c.created ? [r('added')] : []),
                          ...(c.fields.length ? [r('changed', { fields: c.fields.map((f) => revisionFieldName(locale, c.entity, f)).join(', ') })] : []),
                          ...(c.retired ? [r('retired')] : []),
                          ...(c.restored ? [r('restored')] : []),
                        ].join(' · ')}
                      </td>
                      <td className="py-1 text-right tabular-nums">{c.saves}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p className="no-print text-sm">
            {r('seeLists', { date: day(days.to) })} <PastListLinks asof={days.to} />
          </p>
        </section>
      ) : null}
      {days ? null : <p className="text-sm">{t('pickTwo')}</p>}
    </>
  );
}
