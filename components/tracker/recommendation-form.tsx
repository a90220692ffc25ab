'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { idleState, targetFields } from '@/lib/actions/form-state';
import { saveRecommendation } from '@/lib/actions/recommendations';

type Props = {
  number: number;
  version: number;
  stage: string;
  stages: Array<{ value: string; label: string }>;
  milestones: Array<{ slug: string; title: string; done: boolean }>;
  /** The form's words, translated on the server by the page. */
  labels: { editHeading: string; stage: string; milestones: string; note: string; evidence: string; save: string };
};

export function RecommendationForm({ number, version, stage, stages, milestones, labels }: Props) {
  const [state, action, pending] = useActionState(saveRecommendation, idleState);
  const kept = state.status === 'saved' ? undefined : state.values;
  const keptDone = kept ? ([] as string[]).concat(kept.doneMilestones ?? []) : null;
  const text = (key: string) => (typeof kept?.[key] === 'string' ? (kept[key] as string) : '');
  const field = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';

  return (
    // The key resets the fields to the new current values after a successful save.
    <form key={state.status === 'saved' ? `saved-${version}` : (state.attempt ?? 'editing')} action={action} className="space-y-3 rounded border border-zinc-300 p-4 dark:border-zinc-700" noValidate>
      <h2>{labels.editHeading}</h2>
      {/* Named here, not bound to the action, so that it saves as a plain form POST too (see targetFields). */}
      <input type="hidden" name={targetFields.recommendation} value={number} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div role="status" aria-live="polite" className={state.status === 'saved' ? 'text-sm text-emerald-800 dark:text-emerald-300' : 'text-sm text-red-700 dark:text-red-300'}>
        {state.message}
        {state.details?.length ? (
          <ul className="mt-1 list-disc pl-5" data-testid="conflict-details">
            {state.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <label className="block text-sm">
        <span className="font-medium">{labels.stage}</span>
        <select name="stage" defaultValue={text('stage') || stage} aria-describedby="stage-error" className={field}>
          {stages.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError id="stage-error" errors={state.fieldErrors?.stage} />
      <fieldset className="text-sm" aria-describedby="milestones-error">
        <legend className="font-medium">{labels.milestones}</legend>
        {milestones.map((m) => (
          <label key={m.slug} className="flex items-start gap-2">
            <input type="checkbox" name="doneMilestones" value={m.slug} defaultChecked={keptDone ? keptDone.includes(m.slug) : m.done} className="mt-1" />
            <span>{m.title}</span>
          </label>
        ))}
      </fieldset>
      <FieldError id="milestones-error" errors={state.fieldErrors?.doneMilestones} />
      <label className="block text-sm">
        <span className="font-medium">{labels.note}</span>
        <textarea name="note" required rows={3} maxLength={2000} defaultValue={text('note')} aria-describedby="note-error" aria-invalid={Boolean(state.fieldErrors?.note)} className={field} />
      </label>
      <FieldError id="note-error" errors={state.fieldErrors?.note} />
      <label className="block text-sm">
        <span className="font-medium">{labels.evidence}</span>
        <input name="evidenceUrl" type="url" maxLength={500} defaultValue={text('evidenceUrl')} aria-describedby="evidence-error" aria-invalid={Boolean(state.fieldErrors?.evidenceUrl)} className={field} />
      </label>
      <FieldError id="evidence-error" errors={state.fieldErrors?.evidenceUrl} />
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:bg-blue-300 dark:text-zinc-950">
        {labels.save}
      </button>
    </form>
  );
}
