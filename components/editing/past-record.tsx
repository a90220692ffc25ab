import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PastViewForm, PastViewNotice } from '@/components/tracker/past-view';
import type { AnyEditor, FieldSpec, Values } from '@/lib/editing/types';
import { type RawParams, pickPastDay } from '@/lib/filters/params';
import { revisionFieldName } from '@/lib/editing/words';
import { formatPartial } from '@/lib/format';
import { hasMessage, translatorFor } from '@/lib/i18n/translator';
import { Link } from '@/lib/i18n/navigation';
import { recordAsOf } from '@/lib/records/as-of';
import { historyPath } from '@/lib/records/registry';
import { endOfDay } from '@/lib/tracker/as-of';

/** A value as a reader reads it: a choice by its name in the reader's language, pairs with their role named. */
function shown(field: FieldSpec, value: string, locale: string): string {
  const vocab = translatorFor(locale, 'vocab');
  const sources = translatorFor(locale, 'sourcesPage');
  // A field's vocabulary is named `vocab.<list>` (lib/records/fields.ts), a source's kind `sourcesPage.kind`.
  const named = (list: string | undefined, code: string) => {
    if (list === 'sourcesPage.kind') return hasMessage(locale, `sourcesPage.kind.${code}`) ? sources(`kind.${code}`) : code;
    const key = list?.startsWith('vocab.') ? `${list.slice('vocab.'.length)}.${code}` : null;
    return key && hasMessage(locale, `vocab.${key}`) ? vocab(key) : code;
  };
  if (field.kind === 'pairs') {
    return value
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const [first = '', second = ''] = pair.split(':').map((p) => p.trim());
        return second ? `${first} (${named(field.secondVocab, second)})` : first;
      })
      .join('; ');
  }
  return named(field.vocab, value);
}

/** The newest saves listed under a past record; its history has them all. */
const SAVES_SHOWN = 50;

/** The record's name in the reader's language, from its values. */
function nameOf(values: Values, key: string, locale: string): string {
  const en = values.title || values.name || values.acronym || key;
  const ko = values.title_ko || values.name_ko;
  return locale === 'ko' && ko ? ko : en;
}

/**
 * A register record as it stood at the end of a past day (`?asof=` on its page): marked as a past
 * view, its values then beside today's where they changed, and the changes saved up to that day.
 * Read from the revisions alone (lib/records/as-of.ts), so it is the same for every kind of record.
 */
export async function PastRecord({ editor, recordKey, asof, path }: { editor: AnyEditor; recordKey: string; asof: string; path: string }) {
  const t = await getTranslations('registerPast');
  const editing = await getTranslations('editing');
  const locale = await getLocale();
  const past = await recordAsOf(editor, recordKey, endOfDay(asof));
  if (!past) notFound();
  const day = formatPartial(new Date(endOfDay(asof).getTime() - 1), 'day', locale);
  const label = (name: string) => revisionFieldName(locale, editor.entity, name);

  return (
    <article className="max-w-3xl space-y-4" data-testid="past-record">
      <PastViewNotice asof={asof} today={path} of="registerPast" />
      {past.state === 'absent' ? (
        <>
          <h1>{recordKey}</h1>
          <p data-testid="past-absent">{t('absent', { date: day, created: formatPartial(past.createdAt, 'day', locale) })}</p>
        </>
      ) : (
        <>
          <h1>{nameOf(past.values, recordKey, locale)}</h1>
          <p className="text-sm">{t('version', { version: past.version, later: past.later })}</p>
          {past.retired ? (
            <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="past-retired">
              {t('retired')}
            </p>
          ) : null}
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="past-values">
              <caption className="mb-2 text-left font-medium">{t('valuesCaption', { date: day })}</caption>
              <thead>
                <tr className="border-b border-zinc-200 dark:border-zinc-800">
                  <th scope="col" className="py-1 pr-3">{t('field')}</th>
                  <th scope="col" className="py-1 pr-3">{t('then', { date: day })}</th>
                  <th scope="col" className="py-1">{t('now')}</th>
                </tr>
              </thead>
              <tbody>
                {editor.fields
                  .filter((f) => past.values[f.name] || past.now[f.name])
                  .map((f) => {
                    const then = past.values[f.name] ?? '';
                    const changed = past.changed.includes(f.name);
                    return (
                      <tr key={f.name} className="border-b border-zinc-100 align-top dark:border-zinc-900" data-field={f.name} data-changed={changed || undefined}>
                        <th scope="row" className="py-1 pr-3 font-medium">{label(f.name)}</th>
                        <td className="py-1 pr-3 break-words whitespace-pre-line">{then ? shown(f, then, locale) : <em>{t('notRecorded')}</em>}</td>
                        <td className="py-1 break-words whitespace-pre-line text-zinc-600 dark:text-zinc-400">
                          {changed ? (past.now[f.name] ? shown(f, past.now[f.name]!, locale) : <em>{t('notRecorded')}</em>) : t('unchanged')}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
          <section className="space-y-2" aria-labelledby="past-changes">
            <h2 id="past-changes" className="text-lg font-semibold">
              {t('changesHeading')}
            </h2>
            {past.revisions.length ? (
              <ol className="list-disc space-y-1 pl-5 text-sm" data-testid="past-changes">
                {past.revisions.slice(0, SAVES_SHOWN).map((r) => (
                  <li key={r.id}>
                    {t('changeLine', { action: editing(`action.${r.action}`), version: r.version, date: formatPartial(r.at, 'day', locale), author: r.authorName })}: {r.note}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm">{t('asSeeded')}</p>
            )}
            {past.revisions.length > SAVES_SHOWN ? <p className="text-sm">{t('moreSaves', { count: past.revisions.length - SAVES_SHOWN })}</p> : null}
          </section>
        </>
      )}
      <p className="text-sm">
        <Link href={historyPath(editor.entity, recordKey)}>{t('history')}</Link>
      </p>
      <PastViewForm path={path} asof={asof} of="registerPast" />
    </article>
  );
}

/** The past day a record page is asked for (`?asof=2026-06-30`), if it names one. */
export const pastDay = (search: RawParams) => pickPastDay(search, 'asof', []);
