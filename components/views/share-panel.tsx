import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import type { ListFilters, ListKind } from '@/lib/lists';
import { publicOrigin } from '@/lib/url';
import { citeView, exportHref } from '@/lib/views/citation';
import { embedCode, isEmbeddable } from '@/lib/views/embed';
import { viewFileName } from '@/lib/views/file-name';
import { viewFeedHref } from '@/lib/feeds/lists';

type Props<K extends ListKind> = { kind: K; filters: ListFilters[K]; query: string; locale: string; embedHeight: number };

/**
 * Under every list and chart: the view to take away. Its link, an iframe of the same view for
 * another page, its rows as CSV and JSON under a name that says which view they hold, and the feed
 * that follows it.
 */
export async function SharePanel<K extends ListKind>({ kind, filters, query, locale, embedHeight }: Props<K>) {
  const t = await getTranslations('share');
  const feeds = await getTranslations('trackerFeeds');
  const feed = viewFeedHref(kind, filters, locale);
  const cite = await citeView(kind, filters, query, locale, publicOrigin(await headers()));
  const origin = new URL(cite.url).origin;
  const fileName = viewFileName(kind, filters, query, cite.retrieved);
  const field = 'mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900';
  return (
    <section aria-labelledby="share-heading" className="no-print mt-6 space-y-3 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800" data-testid="share-panel">
      <h2 id="share-heading" className="text-base font-semibold">
        {t('heading')}
      </h2>
      <label className="block">
        <span className="font-medium">{t('link')}</span>
        <input readOnly value={cite.url} className={field} data-testid="share-link" />
      </label>
      {/* An embed shows the view as it stands: a past day is on the page and in the exports, not embedded. */}
      {isEmbeddable(kind) && !(filters as { asof?: string }).asof ? (
        <label className="block">
          <span className="font-medium">{t('embed')}</span>
          <span className="block text-xs text-zinc-700 dark:text-zinc-300">{t('embedHelp', { height: embedHeight })}</span>
          <textarea readOnly rows={3} value={embedCode(origin, kind, query, locale, t('embedTitle', { view: cite.description.line }), embedHeight)} className={field} data-testid="share-embed" />
        </label>
      ) : null}
      <p className="flex flex-wrap gap-x-3">
        <span className="font-medium">{t('data', { kind })}:</span>
        <a href={exportHref(kind, query, 'csv', locale)} download={`${fileName}.csv`} data-testid="share-csv">
          CSV
        </a>
        <a href={exportHref(kind, query, 'json', locale)} download={`${fileName}.json`} data-testid="share-json">
          JSON
        </a>
        <span className="font-mono text-xs break-all" data-testid="share-file">
          {t('file', { name: `${fileName}.csv` })}
        </span>
      </p>
      {feed ? (
        <p>
          <span className="font-medium">{feeds('follow')}:</span>{' '}
          <a href={feed} type="application/atom+xml" data-testid="share-feed">
            {kind === 'recommendations' ? feeds('followTracker') : feeds('followFeed')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
