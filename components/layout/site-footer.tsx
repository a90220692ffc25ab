import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-4 sm:px-6">
        <p>
          {t('basedOn')}: <cite>{t('paper')}</cite>
        </p>
        <p>{t('values')}</p>
      </div>
    </footer>
  );
}
