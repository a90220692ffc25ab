import { defineRouting } from 'next-intl/routing';

// English keeps today's paths; Korean lives under /ko with the same query parameters.
export const routing = defineRouting({
  locales: ['en', 'ko'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
});

export type Locale = (typeof routing.locales)[number];
