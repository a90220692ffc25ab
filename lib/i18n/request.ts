import { getRequestConfig } from 'next-intl/server';
import { catalogues } from './messages';
import { knownLocale } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = knownLocale(requested);
  return {
    locale,
    messages: catalogues[locale],
    timeZone: 'UTC',
  };
});
