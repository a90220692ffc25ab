import { getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/auth/current-user';
import { historyPath } from '@/lib/records/registry';
import type { Entity } from '@/lib/editing/types';
import { formatPartial } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { getLastRevision } from '@/lib/queries/history';
import { RetireForm } from './retire-form';

/**
 * On a record's page: when it last changed and by whom, a link to its full history, and for
 * editors, links to edit it and a form to retire or restore it.
 */
export async function RecordStatus({ entity, recordKey, version, retired, editHref, locale }: { entity: Entity; recordKey: string; version: number; retired: boolean; editHref: string; locale: string }) {
  const t = await getTranslations('editing');
  const [user, last] = await Promise.all([
    currentUser(),
    getLastRevision(entity, recordKey),
  ]);
  // A record nobody has edited stands as it was entered from its sources: the day the database was
  // filled is not a date of the data, so it is not shown as one.
  const when = last ? formatPartial(last.at, 'day', locale) : '';
  return (
    <div className="space-y-2 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-800" data-testid="record-status">
      <p>
        {last ? t('lastChangedBy', { date: when, author: last.authorName }) : t('asSeeded')} ·{' '}
        <Link href={historyPath(entity, recordKey)}>{t('history')}</Link>
        {user ? (
          <>
            {' · '}
            <Link href={editHref} className="no-print">
              {t('edit')}
            </Link>
          </>
        ) : null}
      </p>
      {user ? (
        <div className="no-print">
          <RetireForm
            entity={entity}
            recordKey={recordKey}
            version={version}
            retire={!retired}
            labels={{ summary: t(retired ? 'restoreSummary' : 'retireSummary'), note: t('note'), button: t(retired ? 'restoreButton' : 'retireButton') }}
          />
        </div>
      ) : null}
    </div>
  );
}
