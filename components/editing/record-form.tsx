'use client';

import { useActionState, Fragment } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { LabelledField } from '@/components/ui/labelled-field';
import { idleState, targetFields } from '@/lib/actions/form-state';
import { saveRecordAction } from '@/lib/actions/records';
import type { FieldKind, Option, Values } from '@/lib/editing/types';
import { ClaimedLinks, type LinkClaimLabels } from './claimed-links';
import { Choices, inputClass as input } from './controls';
import { type EventLabels, EventRows } from './event-rows';

export type FormField = {
  name: string;
  kind: FieldKind;
  label: string;
  help?: string;
  required?: boolean;
  /** The key of an existing record is shown, not edited. */
  readOnly?: boolean;
  options?: Option[];
  secondOptions?: Option[];
  /** What the empty choice of a select means, where it is a value ("not stated"), not a prompt. */
  empty?: string;
};

type Labels = { note: string; noteHelp: string; save: string; required: string; choose: string; pairFirst: string; pairSecond: string; event: EventLabels; linkClaim: LinkClaimLabels };

/**
 * One form for every kind of register record, driven by its field list. Refused saves come back
 * with each field's errors next to it and everything the editor typed kept. The record it saves is
 * named in hidden fields, so that it saves as a plain form POST too (see `targetFields`).
 */
export function RecordForm({ entity, recordKey, version, fields, initial, labels }: { entity: string; recordKey: string | null; version: number | null; fields: FormField[]; initial: Values; labels: Labels }) {
  const [state, action, pending] = useActionState(saveRecordAction, idleState);
  const values = (state.values as Values | undefined) ?? initial;
  const errors = state.fieldErrors ?? {};
  const described = (name: string, help?: string) => [help ? `${name}-help` : '', `${name}-error`].filter(Boolean).join(' ');
  // The claims of a field's links, where its links each rest on one (`instruments` → `instruments_basis`).
  const claimsOf = (f: FormField) => fields.find((c) => c.kind === 'linkClaims' && c.name === `${f.name}_basis`);
  // A field of many inputs: links (with their claims where they rest on one), events, or pairs.
  const many = (f: FormField) => {
    const claims = claimsOf(f);
    if (claims) {
      const own = { name: f.name, links: values[f.name] ?? '', claims: values[claims.name] ?? '', options: f.options, errors, choose: labels.choose };
      return <ClaimedLinks {...own} sources={claims.options} bases={claims.secondOptions} labels={labels.linkClaim} />;
    }
    if (f.kind === 'checkboxes') return <Checkboxes field={f} value={values[f.name] ?? ''} />;
    if (f.kind === 'events') return <EventRows name={f.name} value={values[f.name] ?? ''} sources={f.options} stages={f.secondOptions} errors={errors} labels={labels.event} choose={labels.choose} />;
    return <Pairs field={f} value={values[f.name] ?? ''} labels={labels} />;
  };
  // A plain function, not a component: a component made here would be a new type on every render,
  // and React would remount (and reset) every input while a save is pending.
  const fieldRow = (f: FormField) => (
        <div className="space-y-1">
          {f.kind === 'checkboxes' || f.kind === 'pairs' || f.kind === 'events' ? (
            <fieldset aria-describedby={described(f.name, f.help)} className="text-sm">
              <legend className="font-medium">
                {f.label}
                {f.required ? <span className="sr-only"> ({labels.required})</span> : null}
              </legend>
              {many(f)}
            </fieldset>
          ) : f.kind === 'checkbox' ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={f.name} defaultChecked={values[f.name] === 'true'} aria-describedby={described(f.name, f.help)} />
              <span className="font-medium">{f.label}</span>
            </label>
          ) : (
            <label className="block text-sm">
              <span className="font-medium">
                {f.label}
                {f.required ? <span aria-hidden="true"> *</span> : null}
              </span>
              <Control field={f} value={values[f.name] ?? ''} invalid={Boolean(errors[f.name])} describedBy={described(f.name, f.help)} choose={labels.choose} />
            </label>
          )}
          {f.help ? (
            <p id={`${f.name}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
              {f.help}
            </p>
          ) : null}
          <FieldError id={`${f.name}-error`} errors={errors[f.name]} />
        </div>
  );

  return (
    <form key={state.attempt ?? 'editing'} action={action} noValidate className="max-w-3xl space-y-4" data-testid="record-form">
      <input type="hidden" name={targetFields.entity} value={entity} />
      {recordKey !== null ? <input type="hidden" name={targetFields.key} value={recordKey} /> : null}
      {version !== null ? <input type="hidden" name="expectedVersion" value={version} /> : null}
      <div role="status" aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
        {state.message}
        {state.details?.length ? (
          <ul className="mt-1 list-disc pl-5" data-testid="conflict-details">
            {state.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {groupFields(fields.filter((f) => f.kind !== 'linkClaims')).map((part) =>
        'group' in part ? (
          // What one value rests on: five inputs, folded under one line that says the basis chosen;
          // open where something is typed or wrong. A closed <details> still sends its fields.
          <details key={part.group} open={part.fields.some((f) => (values[f.name] ?? '') !== '' || Boolean(errors[f.name]))} className="rounded border border-zinc-300 px-3 py-2 dark:border-zinc-700" data-basis-group={part.group}>
            <summary className="cursor-pointer text-sm font-medium">
              {part.fields[0]!.label}
              {values[part.fields[0]!.name] ? `: ${part.fields[0]!.options?.find((o) => o.value === values[part.fields[0]!.name])?.label ?? values[part.fields[0]!.name]}` : ''}
            </summary>
            <div className="mt-2 space-y-3">
              {part.fields.map((f) => (
                <Fragment key={f.name}>{fieldRow(f)}</Fragment>
              ))}
            </div>
          </details>
        ) : (
          <Fragment key={part.name}>{fieldRow(part)}</Fragment>
        ),
      )}
      <LabelledField id="change_note" label={labels.note} help={labels.noteHelp} errors={errors.change_note} required>
        <textarea name="change_note" required rows={2} maxLength={2000} defaultValue={values.change_note ?? ''} aria-describedby="change_note-help change_note-error" aria-invalid={Boolean(errors.change_note)} className={input} />
      </LabelledField>
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:bg-blue-300 dark:text-zinc-950">
        {labels.save}
      </button>
    </form>
  );
}

function Control({ field, value, invalid, describedBy, choose }: { field: FormField; value: string; invalid: boolean; describedBy: string; choose: string }) {
  const common = { name: field.name, defaultValue: value, 'aria-describedby': describedBy, 'aria-invalid': invalid, required: field.required, className: input };
  if (field.readOnly) return <input {...common} readOnly className={`${input} bg-zinc-100 dark:bg-zinc-800`} />;
  if (field.kind === 'textarea') return <textarea {...common} rows={4} maxLength={4000} />;
  if (field.kind === 'select') {
    return (
      <select {...common}>
        <Choices options={field.options} empty={field.empty ?? choose} />
      </select>
    );
  }
  return <input {...common} type="text" inputMode={field.kind === 'number' ? 'decimal' : undefined} maxLength={field.kind === 'number' ? 30 : 400} />;
}

function Checkboxes({ field, value }: { field: FormField; value: string }) {
  const chosen = value.split(';').map((v) => v.trim());
  return (
    <div className="mt-1 max-h-64 space-y-1 overflow-y-auto rounded border border-zinc-300 p-2 dark:border-zinc-700">
      {field.options?.map((o) => (
        <label key={o.value} className="flex items-start gap-2">
          <input type="checkbox" name={field.name} value={o.value} defaultChecked={chosen.includes(o.value)} className="mt-1" />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

/** Rows of two selects ("organisation" and "role"); one empty row more than there are pairs. */
function Pairs({ field, value, labels }: { field: FormField; value: string; labels: Labels }) {
  const pairs = value
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split(':').map((s) => s.trim()));
  const rows = [...pairs, ['', ''], ...(pairs.length === 0 ? [['', '']] : [])];
  return (
    <div className="mt-1 space-y-2">
      {rows.map(([first = '', second = ''], i) => (
        <div key={i} className="grid gap-2 sm:grid-cols-2">
          <label className="block">
            <span className="sr-only">
              {labels.pairFirst} {i + 1}
            </span>
            <select name={`${field.name}.first`} defaultValue={first} className={input}>
              <Choices options={field.options} empty={labels.choose} />
            </select>
          </label>
          <label className="block">
            <span className="sr-only">
              {labels.pairSecond} {i + 1}
            </span>
            <select name={`${field.name}.second`} defaultValue={second} className={input}>
              <Choices options={field.secondOptions} empty={labels.choose} />
            </select>
          </label>
        </div>
      ))}
    </div>
  );
}

/** The form's fields in order, the inputs of each value's basis (`<name>_basis…`) gathered in a group. */
function groupFields(fields: FormField[]): Array<FormField | { group: string; fields: FormField[] }> {
  const out: Array<FormField | { group: string; fields: FormField[] }> = [];
  for (const f of fields) {
    const group = /^(.+)_basis(?:_[a-z_]+)?$/.exec(f.name)?.[1];
    const last = out.at(-1);
    if (!group) out.push(f);
    else if (last && 'group' in last && last.group === group) last.fields.push(f);
    else out.push({ group, fields: [f] });
  }
  return out;
}
