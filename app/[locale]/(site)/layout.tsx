import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

// Every page but the /embed ones: skip link, header, main and footer.
export default async function SiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('nav');
  const errors = await getTranslations('errors');
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {t('skip')}
      </a>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
      <SiteFooter />
      {/* The error boundary (a client component) reads its words from here: see error.tsx. */}
      <div hidden id="error-text" data-title={errors('errorTitle')} data-body={errors('errorBody')} data-retry={errors('retry')} data-reference={errors('reference', { digest: '{digest}' })} />
    </>
  );
}
