import { localised } from '@/lib/format';

/**
 * Record text in the page's language. Where a Korean page falls back to English, the text is
 * marked `lang="en"` so that screen readers switch voice.
 */
export function LocalisedText({ locale, en, ko }: { locale: string; en: string; ko: string | null | undefined }) {
  const { text, fallback } = localised(locale, en, ko);
  return fallback ? <span lang="en">{text}</span> : <>{text}</>;
}
