import { getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/auth/current-user';
import type { AnyEditor } from '@/lib/editing/types';
import { Link } from '@/lib/i18n/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { RecordEditor } from './record-editor';

/** A create or edit page: the form for editors, a way to sign in for everyone else. */
export async function EditorPage({ editor, record, title, back, path, locale }: { editor: AnyEditor; record: unknown | null; title: string; back: { href: string; label: string }; path: string; locale: string }) {
  const t = await getTranslations('editing');
  const user = await currentUser();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <PageHeader title={title} intro={t('intro')} />
      {user ? (
        <RecordEditor editor={editor} record={record} locale={locale} />
      ) : (
        <p className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
          {t('signInToEdit')} <Link href={`/sign-in?next=${encodeURIComponent(path)}`}>{t('signIn')}</Link>
        </p>
      )}
    </div>
  );
}
