// Paths outside any locale (rare: the proxy sends nearly everything to one) get a plain page, in
// both languages, since nothing says which one the reader wants. It is styled in place, without the
// site's stylesheet: importing that here made Next write the whole stylesheet (38 kB) once more into
// every page's RSC payload, for this boundary.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function GlobalNotFound() {
  const en = await getTranslations({ locale: 'en', namespace: 'errors' });
  const ko = await getTranslations({ locale: 'ko', namespace: 'errors' });
  return (
    <html lang="en">
      <body style={{ maxWidth: '42rem', margin: '0 auto', padding: '2rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.5 }}>
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
