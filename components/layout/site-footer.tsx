import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PrintedAddress } from './printed-address';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  const views = await getTranslations('views.toolbar');
  const methodology = await getTranslations('methodology');
  const releases = await getTranslations('releases');
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-4 sm:px-6">
        <p>
          {t('basedOn')}: <cite>{t('paper')}</cite>
        </p>
        <p>{t('values')}</p>
        <p className="no-print">
          <Link href="/methodology">{methodology('footerLink')}</Link>
          {' · '}
          <Link href="/releases">{releases('footerLink')}</Link>
        </p>
        <Suspense>
          {/* The {url} placeholder is filled in the browser. */}
          <PrintedAddress label={views('printedFrom', { url: '{url}' })} />
        </Suspense>
      </div>
    </footer>
  );
}
