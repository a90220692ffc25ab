import { getLocale, getTranslations } from 'next-intl/server';
import { formatPartial } from '@/lib/format';
import { HISTORY_PER_PAGE } from '@/lib/queries/recommendations';
import { Link } from '@/lib/i18n/navigation';
import { type TrackerSave, describeSave } from '@/lib/tracker/saves';

type Props = {
  /** This page's saves, newest first: one entry per save, with every change it made. */
  entries: TrackerSave[];
  /** This page of the history, of `pages`, and how many saves there are in all. */
  page: number;
  pages: number;
  total: number;
  href: (page: number) => string;
};

/** The recommendation's append-only history, newest first, a page at a time. */
export async function HistoryTimeline({ entries, page, pages, total, href }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('tracker');

  return (
    <section aria-labelledby="history" className="mt-6 space-y-2">
      <h2 id="history">{t('history')}</h2>
      {entries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('noHistory')}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-zinc-300 pl-4 dark:border-zinc-700" data-testid="history">
          {entries.map((e) => (
            <li key={e.id} className="text-sm" data-version={e.version}>
              <p>
                <time dateTime={e.at.toISOString()} className="font-medium">
                  {formatPartial(e.at, 'day', locale)}
                </time>{' '}
                · {t('by', { name: e.authorName })}
              </p>
              <ul className="list-disc pl-5">
                {describeSave(e, locale).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              <p className="text-zinc-800 dark:text-zinc-200">{e.note}</p>
              {e.evidenceUrl ? (
                <a href={e.evidenceUrl} rel="noopener noreferrer nofollow" className="break-all">
                  {t('evidenceLink')}: {e.evidenceUrl}
                </a>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {total > entries.length ? (
        <nav aria-label={t('historyPages')} className="no-print flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <p>{t('historyRange', { from: (page - 1) * HISTORY_PER_PAGE + 1, to: (page - 1) * HISTORY_PER_PAGE + entries.length, total })}</p>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              ← {t('newer')}
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={href(page + 1)} rel="next">
              {t('older')} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
