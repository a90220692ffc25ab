import { getTranslations } from 'next-intl/server';
import type { AnyEditor, Option, Values } from '@/lib/editing/types';
import { hasMessage, translatorFor } from '@/lib/i18n/translator';
import { getEditorChoices } from '@/lib/queries/records';
import { type FormField, RecordForm } from './record-form';

/** Builds the form's fields (labels, help and choices in the reader's language) for an editor. */
export async function RecordEditor({ editor, record, locale }: { editor: AnyEditor; record: unknown | null; locale: string }) {
  const t = await getTranslations('editing');
  const names = translatorFor(locale, `editing.fields.${editor.entity}`);
  const help = translatorFor(locale, `editing.help.${editor.entity}`);
  const choices: Record<string, Option[]> = await getEditorChoices(editor);
  const named = (values: readonly string[] | undefined, vocab: string | undefined): Option[] | undefined => {
    if (!values) return undefined;
    const v = vocab ? translatorFor(locale, vocab) : null;
    return values.map((value) => ({ value, label: v ? v(value) : value }));
  };
  // A vocabulary may name its empty choice ("not stated"); otherwise the empty choice is a prompt.
  const emptyChoice = (vocab: string | undefined): string | undefined => {
    const v = vocab && hasMessage(locale, `${vocab}.empty`) ? translatorFor(locale, vocab) : null;
    return v ? v('empty') : undefined;
  };
  const fields: FormField[] = editor.fields.map((f) => ({
    name: f.name,
    kind: f.kind,
    label: names(f.name),
    help: hasMessage(locale, `editing.help.${editor.entity}.${f.name}`) ? help(f.name) : undefined,
    required: f.required,
    readOnly: Boolean(f.key && record),
    options: named(f.options, f.vocab) ?? choices[f.name],
    secondOptions: named(f.secondOptions, f.secondVocab),
    empty: emptyChoice(f.vocab),
  }));
  const initial: Values = record ? editor.toValues(record) : {};
  return (
    <RecordForm
      entity={editor.entity}
      recordKey={record ? editor.keyOf(record) : null}
      version={record ? editor.versionOf(record) : null}
      fields={fields}
      initial={initial}
      labels={{
        note: t('note'),
        noteHelp: t('noteHelp'),
        save: t(record ? 'save' : 'create'),
        required: t('required'),
        choose: t('choose'),
        pairFirst: t('pairFirst'),
        pairSecond: t('pairSecond'),
        // `{n}` is left for the form, which puts in each row's number.
        event: { row: t('event.row', { n: '{n}' }), date: t('event.date'), dateHelp: t('event.dateHelp'), stage: t('event.stage'), source: t('event.source'), description: t('event.description'), descriptionKo: t('event.descriptionKo'), remove: t('event.remove') },
        linkClaim: { summary: t('linkClaim.summary'), basis: t('linkClaim.basis'), source: t('linkClaim.source'), quote: t('linkClaim.quote'), where: t('linkClaim.where'), reason: t('linkClaim.reason'), reasonKo: t('linkClaim.reasonKo') },
      }}
    />
  );
}
