'use client';

import { Link, usePathname } from '@/lib/i18n/link';

/** A navigation link that marks the section the reader is in. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={current ? 'font-semibold text-zinc-900 underline dark:text-zinc-50' : 'text-zinc-700 no-underline hover:underline dark:text-zinc-300'}
    >
      {children}
    </Link>
  );
}
