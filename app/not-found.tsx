// Paths outside any locale (rare: the proxy sends nearly everything to one) get a plain page.
import Link from 'next/link';
import './globals.css';

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl p-8">
        <h1>Page not found</h1>
        <p className="mt-4">
          There is no page at this address. <Link href="/">Go to the overview</Link>.
        </p>
      </body>
    </html>
  );
}
