'use client';

import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';

function SwitchLink() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const other = locale === 'ko' ? 'en' : 'ko';
  // The same view in the other language: same path, same filters, sort and page.
  return (
    <Link href={query ? `${pathname}?${query}` : pathname} locale={other} hrefLang={other} lang={other} className="text-sm">
      {t('switchTo')}
    </Link>
  );
}

export function LanguageSwitcher() {
  return (
    <Suspense>
      <SwitchLink />
    </Suspense>
  );
}
