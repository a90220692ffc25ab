// Messages outside a request's React tree (API routes, image routes, unit tests), through
// next-intl's own createTranslator, with the same catalogues as the pages.
import { createTranslator } from 'next-intl';
import { catalogues as all } from './messages';
import { type Locale, knownLocale } from './routing';

const catalogues: Record<Locale, typeof all.en> = all;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for one namespace ("views", "deals.columns"…) in a locale; unknown locales get English. */
export function translatorFor(locale: string, namespace: string): Translate {
  const known = knownLocale(locale);
  const t = createTranslator({ locale: known, messages: catalogues[known], namespace: namespace as never, timeZone: 'UTC' });
  return (key, values) => (t as unknown as Translate)(key, values);
}

/** Whether a catalogue has a message at "namespace.key" (for optional texts such as field help). */
export function hasMessage(locale: string, path: string): boolean {
  const known = knownLocale(locale);
  let node: unknown = catalogues[known];
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}
