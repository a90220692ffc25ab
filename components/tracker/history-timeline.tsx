import { getLocale, getTranslations } from 'next-intl/server';
import { formatPartial, localised } from '@/lib/format';

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

/** The recommendation's append-only history, newest first. */
export async function HistoryTimeline({ entries }: { entries: Entry[] }) {
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
    </section>
  );
}
