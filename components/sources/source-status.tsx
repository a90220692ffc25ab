import { getTranslations } from 'next-intl/server';
import { historyPath } from '@/lib/records/registry';
import { formatPartial } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';

export type LastChange = { at: Date; authorName: string };

/** Under a work in the bibliography: when it last changed, its history, and for editors an edit link. */
export async function SourceStatus({ slug, title, last, editor, locale }: { slug: string; title: string; last: LastChange | undefined; editor: boolean; locale: string }) {
  const t = await getTranslations('editing');
  // A record nobody has edited stands as it was entered from its sources: the day the database was
  // filled is not a date of the data, so it is not shown as one.
  const when = last ? formatPartial(last.at, 'day', locale) : '';
  return (
    <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400" data-testid="source-status">
      {last ? t('lastChangedBy', { date: when, author: last.authorName }) : t('asSeeded')} ·{' '}
      <Link href={historyPath('source', slug)} aria-label={`${t('history')}: ${title}`}>
        {t('history')}
      </Link>
      {editor ? (
        <>
          {' · '}
          <Link href={`/sources/${slug}/edit`} className="no-print" aria-label={`${t('edit')}: ${title}`}>
            {t('edit')}
          </Link>
        </>
      ) : null}
    </p>
  );
}
