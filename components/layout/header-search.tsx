import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';

/**
 * The site-wide search box: a plain GET form to /search, so it works without JavaScript. Its label
 * is read by screen readers and shown as the field's placeholder; at 360 px it takes a line of its own.
 */
export async function HeaderSearch() {
  const locale = await getLocale();
  const t = await getTranslations('siteSearch');
  return (
    <form role="search" aria-label={t('headerLabel')} method="get" action={getPathname({ href: '/search', locale })} className="order-4 flex w-full min-w-0 gap-2 sm:order-none sm:w-auto" data-testid="header-search">
      <label htmlFor="site-search" className="sr-only">
        {t('headerLabel')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={200}
        placeholder={t('headerLabel')}
        className="min-w-0 flex-1 rounded border border-zinc-400 bg-white px-2 py-1 text-sm sm:w-44 sm:flex-none dark:border-zinc-600 dark:bg-zinc-900"
      />
      <button type="submit" className="rounded border border-zinc-400 px-3 py-1 text-sm dark:border-zinc-600">
        {t('headerSubmit')}
      </button>
    </form>
  );
}
