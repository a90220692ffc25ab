import { getLocale, getTranslations } from 'next-intl/server';
import { formatPartial } from '@/lib/format';
import { Link, getPathname } from '@/lib/i18n/navigation';
import { endOfDay } from '@/lib/tracker/as-of';

/** Whose words: the tracker's, a register record's or a register list's (the same keys, each saying what it shows). */
type PastWords = 'trackerPast' | 'registerPast' | 'registerListPast';

/**
 * The mark of a past view: which day the page shows, that it is rebuilt from the history, and the
 * way back to today. Said first on the page and announced, so nobody takes it for the present.
 */
export async function PastViewNotice({ asof, today, of = 'trackerPast' }: { asof: string; today: string; of?: PastWords }) {
  const t = await getTranslations(of);
  const locale = await getLocale();
  const day = formatPartial(new Date(endOfDay(asof).getTime() - 1), 'day', locale);
  return (
    <div role="note" aria-label={t('label')} className="mb-4 rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50" data-testid="past-view">
      <p className="font-semibold">{t('banner', { date: day })}</p>
      <p>
        {t('rebuilt')} <Link href={today}>{t('today')}</Link>
      </p>
    </div>
  );
}

/** "As it stood on [day] [Show]": a plain GET form, so it works without JavaScript and gives a shareable address. */
export async function PastViewForm({ path, asof, keep = {}, of = 'trackerPast' }: { path: string; asof?: string; keep?: Record<string, string | string[] | undefined>; of?: PastWords }) {
  const t = await getTranslations(of);
  const tracker = await getTranslations('trackerPast');
  const locale = await getLocale();
  return (
    <form method="get" action={getPathname({ href: path, locale })} className="no-print flex flex-wrap items-end gap-2 text-sm" aria-label={t('formLabel')}>
      {Object.entries(keep).flatMap(([name, value]) => ([] as string[]).concat(value ?? []).map((v) => <input key={`${name}:${v}`} type="hidden" name={name} value={v} />))}
      <label className="flex flex-col">
        <span className="font-medium">{t('pick')}</span>
        <input type="date" name="asof" defaultValue={asof} required max={new Date().toISOString().slice(0, 10)} className="rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900" />
      </label>
      <button type="submit" className="rounded border border-zinc-500 px-3 py-1">
        {t('show')}
      </button>
      {of === 'trackerPast' ? (
        <Link href="/recommendations/changes" className="self-center">
          {tracker('compareLink')}
        </Link>
      ) : null}
    </form>
  );
}

