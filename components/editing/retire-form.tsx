'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { idleState, targetFields } from '@/lib/actions/form-state';
import { retireRecordAction } from '@/lib/actions/records';

type Labels = { button: string; note: string; summary: string };

/**
 * Retire (or bring back) a record, with the note every change needs. Behind a disclosure, open once
 * there is an outcome: after a plain form POST the page is new, and the outcome would be hidden.
 */
export function RetireForm({ entity, recordKey, version, retire, labels }: { entity: string; recordKey: string; version: number; retire: boolean; labels: Labels }) {
  const [state, action, pending] = useActionState(retireRecordAction, idleState);
  const kept = state.status === 'saved' ? '' : String(state.values?.change_note ?? '');
  return (
    <details className="text-sm" open={state.status !== 'idle'}>
      <summary className="cursor-pointer text-blue-800 underline dark:text-blue-300">{labels.summary}</summary>
      <form key={state.attempt ?? 'retire'} action={action} className="mt-2 max-w-xl space-y-2" noValidate>
        <input type="hidden" name={targetFields.entity} value={entity} />
        <input type="hidden" name={targetFields.key} value={recordKey} />
        <input type="hidden" name={targetFields.retire} value={retire ? 'retire' : 'restore'} />
        <input type="hidden" name="expectedVersion" value={version} />
        <label className="block">
          <span className="font-medium">
            {labels.note}
            <span aria-hidden="true"> *</span>
          </span>
          <textarea name="change_note" rows={2} required defaultValue={kept} aria-describedby={`retire-error`} className="w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900" />
        </label>
        <FieldError id="retire-error" errors={state.fieldErrors?.change_note} />
        <div role="status" aria-live="polite" className={state.status === 'saved' ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}>
          {state.message}
          {state.details?.length ? <ul className="list-disc pl-5">{state.details.map((d) => <li key={d}>{d}</li>)}</ul> : null}
        </div>
        <button type="submit" disabled={pending} className="rounded border border-zinc-500 px-3 py-1 disabled:opacity-60">
          {labels.button}
        </button>
      </form>
    </details>
  );
}
