import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { isLocale, routing } from '@/lib/i18n/routing';
import { publicOrigin } from '@/lib/url';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    // Absolute URLs for canonical links and link-preview images.
    metadataBase: new URL(publicOrigin(await headers())),
    title: { default: `${t('siteName')} · ${t('tagline')}`, template: `%s · ${t('siteName')}` },
    description: t('description'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);

  // The site's chrome lives in (site)/layout.tsx; /embed pages render without it. Every string is
  // translated on the server: client components get theirs as props, and links read the locale
  // from the address (lib/i18n/link.tsx), so no message catalogue or formatter reaches the browser.
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {children}
      </body>
    </html>
  );
}
