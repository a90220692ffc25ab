import { setRequestLocale } from 'next-intl/server';

// Pages meant for an iframe on another site: no header, navigation or footer. next.config.ts lets
// only these paths be framed.
export default async function EmbedLayout({ children, params }: LayoutProps<'/[locale]/embed'>) {
  setRequestLocale((await params).locale);
  return (
    <main id="main" className="w-full flex-1 p-3">
      {children}
    </main>
  );
}
