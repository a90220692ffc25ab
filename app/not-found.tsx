// Paths outside any locale (rare: the proxy sends nearly everything to one) get a plain page, in
// both languages, since nothing says which one the reader wants.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import './globals.css';

export default async function GlobalNotFound() {
  const en = await getTranslations({ locale: 'en', namespace: 'errors' });
  const ko = await getTranslations({ locale: 'ko', namespace: 'errors' });
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl space-y-4 p-8">
        <h1>
          {en('notFoundTitle')} · <span lang="ko">{ko('notFoundTitle')}</span>
        </h1>
        <p>
          {en('notFoundBody')} <Link href="/">{en('backHome')}</Link>.
        </p>
        <p lang="ko">
          {ko('notFoundBody')} <Link href="/ko">{ko('backHome')}</Link>.
        </p>
      </body>
    </html>
  );
}
