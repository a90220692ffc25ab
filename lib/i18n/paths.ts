// Paths in and out of a locale, with the routing's rule: English unprefixed, Korean under /ko.
import { routing, type Locale } from './routing';

/** The locale a path is in: `/ko` and `/ko/…` are Korean; every other path is the default, English. */
export function localeOfPath(path: string): Locale {
  const first = path.split(/[/?#]/)[1];
  return routing.locales.find((l) => l === first && l !== routing.defaultLocale) ?? routing.defaultLocale;
}

/** A path without its locale prefix: `/ko/deals` → `/deals`, `/ko` → `/`. */
export function unlocalisedPath(path: string): string {
  const locale = localeOfPath(path);
  if (locale === routing.defaultLocale) return path;
  const rest = path.slice(locale.length + 1);
  return rest === '' ? '/' : rest;
}

/**
 * An app path (`/deals?country=PL`) in a locale. English keeps its unprefixed paths; `force` adds
 * the prefix even for English, as a link that changes the language must (the proxy then remembers
 * the choice and redirects to the unprefixed path).
 */
export function localisedHref(href: string, locale: Locale, force = false): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (locale === routing.defaultLocale && !force) return href;
  return `/${locale}${/^\/(?=[?#]|$)/.test(href) ? href.slice(1) : href}`;
}
