// Which language a reader arriving at the bare home page wants: the one they chose with the
// switcher (remembered in a cookie) wins; otherwise the browser's Accept-Language; otherwise English.
import { type Locale, isLocale, routing } from './routing';

/** The first of our locales the header accepts, by quality then order ("ko-KR,ko;q=0.9,en;q=0.8" → ko). */
export function acceptedLocale(header: string | null): Locale | null {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=(.*)$/i.exec(p)?.[1]?.trim()).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0], quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.quality > 0 && !Number.isNaN(r.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((r) => r.language).find(isLocale) ?? null;
}

export function preferredLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  return acceptedLocale(acceptLanguage) ?? routing.defaultLocale;
}
