import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewUserForm } from '@/components/admin/new-user-form';
import { PageHeader } from '@/components/ui/page-header';
import { setUserDisabledAction } from '@/lib/actions/users';
import { currentUser } from '@/lib/auth/current-user';
import { redirect } from '@/lib/i18n/navigation';
import { listUsers } from '@/lib/queries/users';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

export default async function UsersPage({ params }: PageProps<'/[locale]/admin/users'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) redirect({ href: '/sign-in?next=/admin/users', locale });
  const t = await getTranslations('admin');
  if (user?.role !== 'admin') return <PageHeader title={t('title')} intro={t('adminsOnly')} />;

  const users = await listUsers();
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="mb-8 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-300 dark:border-zinc-700">
            <tr>
              {(['name', 'email', 'role', 'status'] as const).map((c) => (
                <th key={c} scope="col" className="px-2 py-2">
                  {t(c)}
                </th>
              ))}
              <th scope="col" className="px-2 py-2"><span className="sr-only">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-zinc-100 dark:border-zinc-900">
                <th scope="row" className="px-2 py-2 font-medium">{u.name}</th>
                <td className="px-2 py-2">{u.email}</td>
                <td className="px-2 py-2">{t(u.role === 'admin' ? 'admin' : 'editor')}</td>
                <td className="px-2 py-2">{u.disabledAt ? t('disabled') : t('active')}</td>
                <td className="px-2 py-2">
                  {u.id !== user.id ? (
                    <form action={setUserDisabledAction}>
                      <input type="hidden" name="id" value={u.id} />
                      <input type="hidden" name="disable" value={u.disabledAt ? '0' : '1'} />
                      <button type="submit" className="underline">{u.disabledAt ? t('enable', { name: u.name }) : t('disable', { name: u.name })}</button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewUserForm
        labels={{ heading: t('newHeading'), email: t('email'), name: t('name'), role: t('role'), editor: t('editor'), admin: t('admin'), password: t('password'), create: t('create') }}
      />
    </>
  );
}
