// Links and redirects in the reader's language. Not next-intl's createNavigation: importing it
// puts its client Link (and with it the whole message formatter, ~11 kB gzip) into every page's
// JavaScript, and its Link needs a message provider in the browser. Ours follow the same rule
// (lib/i18n/paths.ts) and read the locale from the address.
import { redirect as nextRedirect } from 'next/navigation';
import { localisedHref } from './paths';
import { knownLocale } from './routing';

export { Link } from './link';


/** An app path (`/deals?country=PL`) as the address it has in a locale (`/ko/deals?country=PL`). */
export function getPathname({ href, locale }: { href: string; locale: string }): string {
  return localisedHref(href, knownLocale(locale));
}

/** Redirects to an app path in a locale (from a server component or a server action). */
export function redirect({ href, locale }: { href: string; locale: string }): never {
  return nextRedirect(getPathname({ href, locale }));
}
