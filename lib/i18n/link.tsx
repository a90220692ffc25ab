'use client';

import NextLink from 'next/link';
import { usePathname as useNextPathname } from 'next/navigation';
import type { ComponentProps } from 'react';
import { localeOfPath, localisedHref, unlocalisedPath } from './paths';
import { localeCookie, type Locale } from './routing';

export { localeOfPath, unlocalisedPath };

/** The path the reader is on, without its locale prefix (as the app's routes name it). */
export function usePathname(): string {
  return unlocalisedPath(useNextPathname());
}

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string; locale?: Locale };

/**
 * next/link in the reader's language. The locale comes from the address, not from a context, so
 * pages need no message provider in the browser (next-intl's Link needs one: about 12 kB gzip).
 * A link to the other language writes the remembered-language cookie when followed.
 */
export function Link({ href, locale, onClick, prefetch = false, ...rest }: Props) {
  const current = localeOfPath(useNextPathname());
  // No prefetching unless asked for: every page is rendered per view, and a list shows dozens of
  // facet, sort and page links. Prefetching each on sight cost ~30 server renders per page load
  // and kept a 2-core machine busy for seconds (Lighthouse's blocking time tripled).
  if (!locale || locale === current) return <NextLink href={localisedHref(href, current)} onClick={onClick} prefetch={prefetch} {...rest} />;
  const { name, maxAge, sameSite, path } = localeCookie;
  return (
    <NextLink
      href={localisedHref(href, locale, true)}
      hrefLang={locale}
      prefetch={false}
      onClick={(event) => {
        document.cookie = `${name}=${locale}; max-age=${maxAge}; path=${path}; samesite=${sameSite}`;
        onClick?.(event);
      }}
      {...rest}
    />
  );
}
