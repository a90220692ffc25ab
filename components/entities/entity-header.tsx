import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';

/** The head of an organisation's or a country's page: the way back to the deals, its name, and what follows it. */
export async function EntityHeader({ name, locale, children }: { name: { en: string; ko: string | null }; locale: string; children?: ReactNode }) {
  const t = await getTranslations('entities');
  return (
    <header className="space-y-2">
      <p className="no-print text-sm">
        <Link href="/deals">← {t('allDeals')}</Link>
      </p>
      <h1>
        <LocalisedText locale={locale} en={name.en} ko={name.ko} />
      </h1>
      {children}
    </header>
  );
}
