import { getTranslations } from 'next-intl/server';
import { EditorPage } from '@/components/editing/editor-page';
import { RecordStatus } from '@/components/editing/record-status';
import { currentUser } from '@/lib/auth/current-user';
import { editPath, historyPath } from '@/lib/records/registry';
import type { AnyEditor } from '@/lib/editing/types';
import { formatPartial } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';

type Props = { editor: AnyEditor; record: object & { updatedAt?: Date }; title: string; back: { href: string; label: string }; locale: string };

/**
 * An edit page for a record: the form, a notice when the record is retired, and below it the
 * record's status (last change, history, retire or restore). Records without a page of their own
 * (organisations, key figures, sources) are retired and restored from here.
 */
export async function RecordEditPage({ editor, record, title, back, locale }: Props) {
  const t = await getTranslations('editing');
  const user = await currentUser();
  const key = editor.keyOf(record);
  const retiredAt = editor.retiredAt(record);
  const path = editPath(editor.entity, key);
  return (
    <div className="space-y-6">
      {retiredAt ? (
        <p role="note" className="max-w-3xl rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {t('retiredNotice', { date: formatPartial(retiredAt, 'day', locale) })}
        </p>
      ) : null}
      <EditorPage editor={editor} record={record} title={title} back={back} path={path} locale={locale} />
      {user && editor.retirable && record.updatedAt ? (
        <div className="max-w-3xl">
          <RecordStatus entity={editor.entity} recordKey={key} version={editor.versionOf(record)} retired={Boolean(retiredAt)} editHref={path} locale={locale} />
        </div>
      ) : user ? (
        <p className="max-w-3xl border-t border-zinc-200 pt-3 text-sm dark:border-zinc-800">
          <Link href={historyPath(editor.entity, key)}>{t('history')}</Link>
        </p>
      ) : null}
    </div>
  );
}
