'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { editorFor, recordPath } from '@/lib/records/registry';
import { MIN_NOTE, type RevisionSummary, saveRecord, setRetired } from '@/lib/editing/save';
import type { AnyEditor, Values } from '@/lib/editing/types';
import { wordProblems } from '@/lib/i18n/problems';
import { parseVersion } from '@/lib/schemas/common';
import { conflictLines } from './conflict-lines';
import { keyedRows, repeatedRows } from './form-rows';
import { type FormState, targetFields, textField } from './form-state';
import { staffAction } from './staff-action';

/** The form's fields as flat values: ticked boxes as true/false, lists and pairs joined with "; ", rows a line each. */
function formValues(editor: AnyEditor, form: FormData): Values {
  const values: Values = {};
  const one = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  for (const field of editor.fields) {
    if (field.kind === 'checkbox') values[field.name] = form.get(field.name) ? 'true' : 'false';
    else if (field.kind === 'checkboxes') values[field.name] = form.getAll(field.name).filter((v) => typeof v === 'string' && v).join('; ');
    else if (field.kind === 'pairs') {
      const firsts = form.getAll(`${field.name}.first`);
      const seconds = form.getAll(`${field.name}.second`);
      values[field.name] = firsts
        .map((first, i) => (typeof first === 'string' && first ? `${first}:${String(seconds[i] ?? '')}` : ''))
        .filter(Boolean)
        .join('; ');
    } else if (field.kind === 'events') values[field.name] = repeatedRows(form, field.name, field.parts ?? []);
    // `instruments_basis`: the claims of the links `instruments` lists, typed beside each one.
    else if (field.kind === 'linkClaims') values[field.name] = keyedRows(form, field.name.replace(/_basis$/, ''), field.parts ?? []);
    else values[field.name] = one(field.name);
  }
  return values;
}

/** What others saved meanwhile, one line per revision: the fields it changed. */
async function revisionLines(since: RevisionSummary[]): Promise<string[]> {
  const t = await getTranslations('editing');
  return conflictLines(since, (shared, r) => t('conflictEntry', { ...shared, fields: r.changes.map((c) => c.field).join(', ') }));
}

const refusedWith = (values: Values, state: Omit<FormState, 'values' | 'attempt'>): FormState => ({ ...state, values, attempt: crypto.randomUUID() });

/** The record a form names in its hidden fields (see `targetFields`): an unknown kind has no editor. */
function targetOf(form: FormData): { editor: AnyEditor | null; key: string | null } {
  return { editor: editorFor(textField(form, targetFields.entity)), key: textField(form, targetFields.key) || null };
}

/** The form's values and note as typed, to fill a refused form in again. */
function keptValues(editor: AnyEditor, form: FormData): Values {
  return { ...formValues(editor, form), change_note: String(form.get('change_note') ?? '') };
}

/** Only the note, as typed: a retire form has no other fields. */
const keptNote = (_editor: AnyEditor, form: FormData): Values => ({ change_note: String(form.get('change_note') ?? '') });

const sessionEnded = async () => (await getTranslations('editing'))('sessionEnded');

/** A refusal of the record form `form` names, with what `kept` keeps of it. */
function refuseRecord(form: FormData, kept: (editor: AnyEditor, form: FormData) => Values, message: string): FormState {
  const { editor } = targetOf(form);
  return editor ? refusedWith(kept(editor, form), { status: 'error', message }) : { status: 'error', message };
}

/** The version the form says the editor loaded; undefined when it is missing or not one (the save is then refused). */
const formVersion = (form: FormData) => parseVersion(textField(form, 'expectedVersion')) ?? undefined;

/**
 * Creates (key null) or edits a register record. Editors only, checked here on the server; the
 * shared zod schema validates, a stale version is refused, and a revision records the change.
 */
export const saveRecordAction = staffAction<FormState>({ refuse: (form, message) => refuseRecord(form, keptValues, message), denied: sessionEnded }, async (user, form) => {
  const t = await getTranslations('editing');
  const { editor, key } = targetOf(form);
  if (!editor) return { status: 'error', message: t('notFound') };
  return saveRecordNow(user, form, editor, key, keptValues(editor, form));
});

async function saveRecordNow(user: SessionUser, form: FormData, editor: AnyEditor, key: string | null, kept: Values): Promise<FormState> {
  const t = await getTranslations('editing');
  const { change_note: note = '', ...values } = kept;
  const result = await saveRecord(db, editor, {
    key,
    expectedVersion: key !== null ? formVersion(form) : undefined,
    values,
    note,
    author: { id: user.id, name: user.name },
  });
  if (result.ok) {
    revalidatePath('/[locale]', 'layout');
    redirect(recordPath(editor.entity, result.key, await getLocale()));
  }
  switch (result.reason) {
    case 'invalid':
      return refusedWith(kept, { status: 'error', message: t('summary'), fieldErrors: wordProblems(result.errors, await getLocale()) });
    case 'unchanged':
      return refusedWith(kept, { status: 'error', message: t('unchanged') });
    case 'not-found':
      return refusedWith(kept, { status: 'error', message: t('notFound') });
    case 'conflict':
      return refusedWith(kept, { status: 'conflict', message: t('conflict', { version: result.currentVersion }), details: await revisionLines(result.since) });
  }
}

/** Retires a record or brings it back ("retire" or "restore" in the form), with a required note. Editors only. */
export const retireRecordAction = staffAction<FormState>({ refuse: (form, message) => refuseRecord(form, keptNote, message), denied: sessionEnded }, async (user, form) => {
  const t = await getTranslations('editing');
  const { editor, key } = targetOf(form);
  const direction = textField(form, targetFields.retire);
  if (!editor || !key || (direction !== 'retire' && direction !== 'restore')) return { status: 'error', message: t('notFound') };
  const retire = direction === 'retire';
  const kept = keptNote(editor, form);
  const note = kept.change_note ?? '';
  const result = await setRetired(db, editor, { key, expectedVersion: formVersion(form), retire, note, author: { id: user.id, name: user.name } });
  if (result.ok) {
    revalidatePath('/[locale]', 'layout');
    return { status: 'saved', message: t(retire ? 'retired' : 'restored') };
  }
  if (result.reason === 'conflict') return refusedWith(kept, { status: 'conflict', message: t('conflict', { version: result.currentVersion }), details: await revisionLines(result.since) });
  if (result.reason === 'invalid-note') {
    const fieldErrors = wordProblems({ change_note: [{ code: 'tooShort', params: { min: MIN_NOTE } }] }, await getLocale());
    return refusedWith(kept, { status: 'error', message: t('summary'), fieldErrors });
  }
  return refusedWith(kept, { status: 'error', message: t(result.reason === 'unchanged' ? 'unchanged' : 'notFound') });
});
