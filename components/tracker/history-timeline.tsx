import { getLocale, getTranslations } from 'next-intl/server';
import { formatPartial, localised } from '@/lib/format';
import { HISTORY_PER_PAGE } from '@/lib/queries/recommendations';
import { Link } from '@/lib/i18n/navigation';

type Entry = {
  id: number;
  at: Date;
  authorName: string;
  kind: string;
  fromValue: string | null;
  toValue: string | null;
  note: string;
  evidenceUrl: string | null;
  milestone: { title: string; titleKo: string | null } | null;
};

type Props = {
  entries: Entry[];
  /** This page of the history, of `pages`, and how many entries there are in all. */
  page: number;
  pages: number;
  total: number;
  href: (page: number) => string;
};

/** The recommendation's append-only history, newest first, a page at a time. */
export async function HistoryTimeline({ entries, page, pages, total, href }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('tracker');
  const vocab = await getTranslations('vocab');
  const value = (e: Entry, v: string | null) => {
    if (!v) return v;
    if (e.kind === 'stage') return vocab(`recommendationStage.${v}`);
    return e.kind === 'milestone' ? t(`milestoneState.${v}`) : v;
  };

  return (
    <section aria-labelledby="history" className="mt-6 space-y-2">
      <h2 id="history">{t('history')}</h2>
      {entries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('noHistory')}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-zinc-300 pl-4 dark:border-zinc-700" data-testid="history">
          {entries.map((e) => (
            <li key={e.id} className="text-sm">
              <p>
                <time dateTime={e.at.toISOString()} className="font-medium">
                  {formatPartial(e.at, 'day', locale)}
                </time>{' '}
                · {t(`kind.${e.kind}`)}
                {e.milestone ? `: ${localised(locale, e.milestone.title, e.milestone.titleKo).text}` : ''}
                {e.fromValue || e.toValue ? ` — ${value(e, e.fromValue)} → ${value(e, e.toValue)}` : ''} · {t('by', { name: e.authorName })}
              </p>
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
