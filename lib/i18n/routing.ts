import { defineRouting } from 'next-intl/routing';

/**
 * Remembers the language a reader chose with the switcher, for a year. Our Link (link.tsx) writes it
 * on click; the proxy writes it when the switcher's link to English (/en/…) is followed without script.
 */
export const localeCookie = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', path: '/' } as const;

// English keeps today's paths; Korean lives under /ko with the same query parameters.
export const routing = defineRouting({
  locales: ['en', 'ko'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeCookie,
});

export type Locale = (typeof routing.locales)[number];

/** Whether a value names one of our locales: the one test of it, wherever a locale comes in. */
export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (routing.locales as readonly string[]).includes(value);

/** The locale a value names, or the default (English) for anything else. */
export const knownLocale = (value: unknown): Locale => (isLocale(value) ? value : routing.defaultLocale);
