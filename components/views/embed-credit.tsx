import { getTranslations } from 'next-intl/server';
import type { ViewCitation } from '@/lib/views/citation';

/** Under an embedded chart: what it shows, where it comes from, and a way to the full view. */
export async function EmbedCredit({ cite }: { cite: ViewCitation }) {
  const t = await getTranslations('views.embed');
  return (
    <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">
      {cite.description.line}. {t('asOf', { date: cite.asOf ?? '—' })}{' '}
      <a href={cite.url} target="_top">
        {t('source')}
      </a>
    </p>
  );
}
