import { getTranslations } from 'next-intl/server';
import { localised } from '@/lib/format';

/**
 * Record text in the page's language. Where a Korean page falls back to English, the text is
 * marked `lang="en"` (so screen readers switch voice) and carries a small "English" marker.
 */
export async function LocalisedText({ locale, en, ko }: { locale: string; en: string; ko: string | null | undefined }) {
  const { text, fallback } = localised(locale, en, ko);
  if (!fallback) return <>{text}</>;
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <>
      <span lang="en">{text}</span>{' '}
      <span className="rounded border border-zinc-400 px-1 align-middle text-[0.7em] font-normal text-zinc-600 dark:border-zinc-600 dark:text-zinc-400" data-testid="fallback-marker">
        {t('inEnglish')}
      </span>
    </>
  );
}
