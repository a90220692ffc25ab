import { getTranslations } from 'next-intl/server';
import { embedCode } from '@/lib/charts/embed';
import type { ViewCitation } from '@/lib/views/citation';
import { exportHref } from '@/lib/views/citation';

type SharePanelProps = { cite: ViewCitation; origin: string; query: string; locale: string; embedHeight: number; fileName: string };

/** The view to take away: its link, an iframe for another page, and its deals as CSV and JSON. */
export async function SharePanel({ cite, origin, query, locale, embedHeight, fileName }: SharePanelProps) {
  const t = await getTranslations('dealCharts');
  const field = 'mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900';
  const embed = embedCode(origin, query, locale, t('embedTitle', { view: cite.description.line }), embedHeight);
  return (
    <section aria-labelledby="share-heading" className="no-print mt-6 space-y-3 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800" data-testid="share-panel">
      <h2 id="share-heading" className="text-base font-semibold">
        {t('shareHeading')}
      </h2>
      <label className="block">
        <span className="font-medium">{t('shareLink')}</span>
        <input readOnly value={cite.url} className={field} data-testid="share-link" />
      </label>
      <label className="block">
        <span className="font-medium">{t('shareEmbed')}</span>
        <span className="block text-xs text-zinc-700 dark:text-zinc-300">{t('shareEmbedHelp', { height: embedHeight })}</span>
        <textarea readOnly rows={3} value={embed} className={field} data-testid="share-embed" />
      </label>
      <p className="flex flex-wrap gap-x-3">
        <span className="font-medium">{t('shareData')}:</span>
        <a href={exportHref('deals', query, 'csv', locale)} download={`${fileName}.csv`} data-testid="share-csv">
          CSV
        </a>
        <a href={exportHref('deals', query, 'json', locale)} download={`${fileName}.json`} data-testid="share-json">
          JSON
        </a>
        <span className="font-mono text-xs" data-testid="share-file">
          {t('shareFile', { name: `${fileName}.csv` })}
        </span>
      </p>
    </section>
  );
}
