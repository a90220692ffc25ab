import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { publicOrigin } from '@/lib/url';
import { citeView, exportHref } from '@/lib/views/citation';
import { viewFileName } from '@/lib/views/file-name';
import type { ListFilters, ListKind } from '@/lib/lists';
import { CopyLink } from './copy-link';

/**
 * Above every list: what the view is (one line), a link to share it, the data to take away, how to
 * cite it. (On paper, the footer adds the address it was printed from.)
 */
export async function ViewToolbar<K extends ListKind>({ kind, filters, query, count }: { kind: K; filters: ListFilters[K]; query: string; count: number }) {
  const locale = await getLocale();
  const t = await getTranslations('views.toolbar');
  const cite = await citeView(kind, filters, query, locale, publicOrigin(await headers()));
  const file = viewFileName(kind, filters, query, cite.retrieved);
  return (
    <section aria-label={t('label')} className="mb-4 space-y-1 text-sm">
      <p className="font-medium" data-testid="view-description">
        {cite.description.line}
      </p>
      <div className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
        <CopyLink path={cite.path} labels={{ copy: t('copyLink'), copied: t('copied'), failed: t('copyFailed'), address: t('addressLabel') }} />
        <span className="inline-flex items-center gap-2">
          {t('download', { count })}
          <a href={exportHref(kind, query, 'csv', locale)} download={`${file}.csv`} aria-label={t('csvLabel')} data-testid="export-csv">
            {t('csv')}
          </a>
          <a href={exportHref(kind, query, 'json', locale)} download={`${file}.json`} aria-label={t('jsonLabel')} data-testid="export-json">
            {t('json')}
          </a>
        </span>
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="view-citation">
        <span className="font-medium">{t('citeAs')}:</span> {cite.text}
      </p>
    </section>
  );
}
