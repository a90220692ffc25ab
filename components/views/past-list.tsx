import { getTranslations } from 'next-intl/server';
import { PastViewForm, PastViewNotice } from '@/components/tracker/past-view';
import { Link } from '@/lib/i18n/navigation';
import { pastRegisterLists } from '@/lib/lists';
import { type PastRead, PAST_REGISTER_MAX_CHANGES } from '@/lib/records/past-register';

/**
 * Above a register list shown as it stood on a past day: the mark of a past view, with the way back
 * to today's list (the same filters); or, when the day cannot be rebuilt on request, why not.
 */
export async function PastListNotice({ asof, today, past }: { asof: string; today: string; past: PastRead<unknown> }) {
  const t = await getTranslations('registerListPast');
  if (past.ok) return <PastViewNotice asof={asof} today={today} of="registerListPast" />;
  return (
    <p role="alert" className="mb-4 rounded border border-red-700 p-3 text-sm dark:border-red-400" data-testid="past-refused">
      {past.reason === 'too-far' ? t('tooFar', { changes: past.changes, max: PAST_REGISTER_MAX_CHANGES }) : past.reason === 'unreadable' ? t('unreadable', { record: past.record }) : t('unavailable')} {t('todayBelow')}{' '}
      <Link href="/releases">{t('releases')}</Link>
    </p>
  );
}

/** Links to each register list as it stood at the end of `asof` (on a release's page, under a comparison). */
export async function PastListLinks({ asof }: { asof: string }) {
  const t = await getTranslations('registerListPast');
  return pastRegisterLists.map((list, i) => (
    <span key={list}>
      {i ? ' · ' : ''}
      <Link href={`/${list}?asof=${asof}`}>{t(`list.${list}`)}</Link>
    </span>
  ));
}

/** "As it stood on [day] [Show]" for a list, keeping the view's other parameters. */
export function PastListForm({ path, asof, keep }: { path: string; asof?: string; keep: Record<string, string | string[] | undefined> }) {
  return <PastViewForm path={path} asof={asof} keep={keep} of="registerListPast" />;
}
