import { decodeSegment } from '@/lib/url';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PastRecord, pastDay } from '@/components/editing/past-record';
import { PastViewForm } from '@/components/tracker/past-view';
import { PageHeader } from '@/components/ui/page-header';
import { editorFor, historyPath, pastPath, recordPath } from '@/lib/records/registry';
import { revisionFieldName } from '@/lib/editing/words';
import { listRevisions } from '@/lib/queries/history';
import { getEditableRecord } from '@/lib/queries/records';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/history/[entity]/[key]'>): Promise<Metadata> {
  const { locale, key } = await params;
  const t = await getTranslations({ locale, namespace: 'editing' });
  return { title: t('historyTitle', { key: decodeSegment(key) }), robots: { index: false } };
}

/** Every saved change to one register record, newest first: who, when, which fields from what to what, and why. */
export default async function HistoryPage({ params, searchParams }: PageProps<'/[locale]/history/[entity]/[key]'>) {
  const { locale, entity, key: rawKey } = await params;
  setRequestLocale(locale);
  const editor = editorFor(entity);
  const key = decodeSegment(rawKey);
  if (!editor) notFound();
  // ?asof= shows the record as it stood at the end of that day (for kinds with no page of their own).
  const asof = pastDay(await searchParams);
  if (asof) return <PastRecord editor={editor} recordKey={key} asof={asof} path={historyPath(editor.entity, key)} />;
  const record = await getEditableRecord(editor, key);
  if (!record) notFound();
  const t = await getTranslations('editing');
  const revisions = await listRevisions(editor.entity, key);
  const fieldName = (field: string) => revisionFieldName(locale, editor.entity, field);

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <a href={recordPath(editor.entity, key, locale)}>← {t('backToRecord')}</a>
      </p>
      <PageHeader title={t('historyTitle', { key })} intro={t('historyIntro')} />
      <PastViewForm path={pastPath(editor.entity, key)} of="registerPast" />
      {revisions.length === 0 ? <p>{t('noRevisions')}</p> : null}
      <ol className="space-y-4" data-testid="revisions">
        {revisions.map((r) => {
          const { changes } = r;
          return (
            <li key={r.id} className="rounded border border-zinc-200 p-3 dark:border-zinc-800" data-version={r.version}>
              <p className="text-sm">
                <span className="font-semibold">{t(`action.${r.action}`)}</span> · {t('versionLabel', { version: r.version })} ·{' '}
                <time dateTime={r.at.toISOString()}>{r.at.toISOString().slice(0, 16).replace('T', ' ')} UTC</time> · {r.authorName}
                {r.viaImport ? ` · ${t('viaImport')}` : ''}
              </p>
              <p className="mt-1">{r.note}</p>
              {changes.length ? (
                <div className="mt-2 overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">{t('changesCaption', { version: r.version })}</caption>
                    <thead>
                      <tr className="border-b border-zinc-200 dark:border-zinc-800">
                        <th scope="col" className="py-1 pr-3">{t('field')}</th>
                        <th scope="col" className="py-1 pr-3">{t('from')}</th>
                        <th scope="col" className="py-1">{t('to')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="align-top">
                          <th scope="row" className="py-1 pr-3 font-medium">{fieldName(c.field)}</th>
                          {/* A value of several rows (a deal's events, its links' claims) keeps a line each. */}
                          <td className="py-1 pr-3 break-words whitespace-pre-line text-zinc-600 dark:text-zinc-400">{c.from || '—'}</td>
                          <td className="py-1 break-words whitespace-pre-line">{c.to || '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
