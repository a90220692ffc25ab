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
