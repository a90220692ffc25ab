import { getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/auth/current-user';
import { signOut } from '@/lib/actions/auth';
import { Link } from '@/lib/i18n/navigation';

/** "Sign in" for readers; the editor's name and "Sign out" for a signed-in editor. */
export async function AccountMenu() {
  const t = await getTranslations('auth');
  const editing = await getTranslations('editing');
  const user = await currentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm">
        {t('signIn')}
      </Link>
    );
  }
  return (
    <form action={signOut} className="flex items-center gap-2 text-sm">
      <span>{t('signedInAs', { name: user.name })}</span>
      <Link href="/register">{editing('registerLink')}</Link>
      {user.role === 'admin' ? <Link href="/admin/users">{t('users')}</Link> : null}
      <button type="submit" className="underline">
        {t('signOut')}
      </button>
    </form>
  );
}
