import { getLocale, getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/ui/localised-text';
import { SourceLink } from '@/components/ui/source-link';
import { formatPartial } from '@/lib/format';
import type { DealDetail } from '@/lib/queries/deal-detail';
import { dealStages } from '@/lib/schemas/deal';

/**
 * What the register knows of a stage: the deal's current stage; a stage a dated, sourced event
 * records; or nothing. "Not recorded" is not "not reached": an earlier stage without an event may
 * well have happened, and Ties does not say it did.
 */
type Status = 'recorded' | 'current' | 'not-recorded';

const dot: Record<Status, string> = {
  recorded: 'border-blue-700 bg-blue-700 dark:border-blue-300 dark:bg-blue-300',
  current: 'border-blue-700 bg-white ring-4 ring-blue-200 dark:border-blue-300 dark:bg-zinc-950 dark:ring-blue-900',
  'not-recorded': 'border-dashed border-zinc-400 bg-white dark:border-zinc-600 dark:bg-zinc-950',
};

const words = { recorded: 'recorded', current: 'current', 'not-recorded': 'notRecorded' } as const;

/**
 * The lifecycle as a timeline: the four stages in order, each marked current, recorded (by a dated
 * event and its source) or not recorded, in words and not only by colour, with its events.
 */
export async function DealTimeline({ deal: d }: { deal: DealDetail }) {
  const locale = await getLocale();
  const t = await getTranslations('dealDetail.timeline');
  const vocab = await getTranslations('vocab');

  return (
    <section aria-labelledby="timeline-heading" id="timeline" className="scroll-mt-4 space-y-3">
      <h2 id="timeline-heading">{t('heading')}</h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
      <ol className="relative ml-2 border-l-2 border-zinc-200 dark:border-zinc-800" data-testid="deal-timeline">
        {dealStages.map((stage) => {
          const events = d.events.filter((e) => e.stage === stage);
          const status: Status = stage === d.stage ? 'current' : events.length ? 'recorded' : 'not-recorded';
          return (
            <li key={stage} className="relative break-inside-avoid pb-5 pl-6 last:pb-0" data-stage={stage} data-status={status}>
              <span aria-hidden="true" className={`absolute top-1 -left-[9px] h-4 w-4 rounded-full border-2 ${dot[status]}`} />
              <p className={status === 'not-recorded' ? 'text-zinc-600 dark:text-zinc-400' : 'font-semibold'}>
                {vocab(`dealStage.${stage}`)}
                <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-normal text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
                  {t(words[status])}
                </span>
              </p>
              {events.length ? (
                <ol className="mt-2 space-y-2 text-sm">
                  {events.map((e) => {
                    const date = formatPartial(e.date, e.datePrecision, locale);
                    return (
                      <li key={e.id} id={`event-${e.id}`} className="scroll-mt-4" data-testid="deal-event">
                        <SourceLink slug={e.source.slug} label={t('eventSourceLabel', { date })}>
                          <time dateTime={e.date.toISOString().slice(0, e.datePrecision === 'year' ? 4 : e.datePrecision === 'month' ? 7 : 10)}>{date}</time>
                        </SourceLink>
                        {' — '}
                        <LocalisedText locale={locale} en={e.description} ko={e.descriptionKo} />
                      </li>
                    );
                  })}
                </ol>
              ) : null}
            </li>
          );
        })}
      </ol>
      {!d.events.length ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('noEvents')}</p> : null}
    </section>
  );
}
