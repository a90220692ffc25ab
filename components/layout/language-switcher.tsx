'use client';

import { usePathname as useNextPathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, localeOfPath, unlocalisedPath } from '@/lib/i18n/link';

function SwitchLink({ label }: { label: string }) {
  const address = useNextPathname();
  const pathname = unlocalisedPath(address);
  const query = useSearchParams().toString();
  const other = localeOfPath(address) === 'ko' ? 'en' : 'ko';
  // The same view in the other language: same path, same filters, sort and page.
  return (
    <Link href={query ? `${pathname}?${query}` : pathname} locale={other} hrefLang={other} lang={other} className="text-sm">
      {label}
    </Link>
  );
}

/** The label comes from the server (in the other language), so the browser needs no message catalogue. */
export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <Suspense>
      <SwitchLink label={label} />
    </Suspense>
  );
}
