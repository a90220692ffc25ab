import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { AccountMenu } from '@/components/auth/account-menu';
import { HeaderSearch } from './header-search';
import { LanguageSwitcher } from './language-switcher';
import { NavLink } from './nav-link';

const sections = [
  { href: '/', key: 'overview' },
  { href: '/deals', key: 'deals' },
  { href: '/instruments', key: 'instruments' },
  { href: '/recommendations', key: 'recommendations' },
  { href: '/sources', key: 'sources' },
  { href: '/paper', key: 'paper' },
  { href: '/findings', key: 'findings' },
] as const;

export async function SiteHeader() {
  const t = await getTranslations('nav');
  const meta = await getTranslations('meta');
  return (
    <header className="no-print border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-zinc-900 no-underline dark:text-zinc-100">
          {meta('siteName')}
        </Link>
        <nav aria-label={t('label')} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {sections.map((s) => (
              <li key={s.key}>
                <NavLink href={s.href}>{t(s.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
        <div className="ml-auto flex items-center gap-4">
          <AccountMenu />
          <LanguageSwitcher label={t('switchTo')} />
        </div>
      </div>
    </header>
  );
}
