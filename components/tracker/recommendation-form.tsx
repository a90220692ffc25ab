'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { idleState, targetFields } from '@/lib/actions/form-state';
import { type TrackerFormState, saveRecommendation } from '@/lib/actions/recommendations';
import { baseFields } from '@/lib/tracker/merge';

type Props = {
  number: number;
  version: number;
  stage: string;
  stages: Array<{ value: string; label: string }>;
  /** Every stage's name: a stage kept from a stale save may be no move from the current one, and is shown (and refused) as such. */
  stageLabels: Record<string, string>;
  milestones: Array<{ slug: string; title: string; done: boolean }>;
  /** The form's words, translated on the server by the page. */
  labels: {
    editHeading: string;
    stage: string;
    milestones: string;
    note: string;
    evidence: string;
    save: string;
    changedMeanwhile: string;
    yourChange: string;
    applyMine: string;
    startAgain: string;
  };
};

export function RecommendationForm({ number, version, stage, stages, stageLabels, milestones, labels }: Props) {
  const [state, action, pending] = useActionState<TrackerFormState, FormData>(saveRecommendation, idleState);
  const kept = state.status === 'saved' ? undefined : state.values;
  const list = (key: string) => (kept && key in kept ? ([] as string[]).concat(kept[key] ?? []) : null);
  const keptDone = list('doneMilestones');
  const text = (key: string) => (typeof kept?.[key] === 'string' ? (kept[key] as string) : '');
  // The version the fields show: the one the editor loaded, or after a conflict the current one.
  const loaded = { version: text('expectedVersion') || String(version), stage: text(baseFields.stage) || stage, done: list(baseFields.done) ?? milestones.filter((m) => m.done).map((m) => m.slug) };
  const conflict = state.status === 'conflict';
  const field = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
  const button = 'rounded px-4 py-1.5 text-sm font-medium disabled:opacity-60';

  return (
    // The key resets the fields to the new current values after a successful save.
    <form key={state.status === 'saved' ? `saved-${version}` : (state.attempt ?? 'editing')} action={action} className="space-y-3 rounded border border-zinc-300 p-4 dark:border-zinc-700" noValidate>
      <h2>{labels.editHeading}</h2>
      {/* Named here, not bound to the action, so that it saves as a plain form POST too (see targetFields). */}
      <input type="hidden" name={targetFields.recommendation} value={number} />
      <input type="hidden" name="expectedVersion" value={loaded.version} />
      <input type="hidden" name={baseFields.stage} value={loaded.stage} />
      {loaded.done.map((slug) => (
        <input key={slug} type="hidden" name={baseFields.done} value={slug} />
      ))}
      <div role="status" aria-live="polite" className={state.status === 'saved' ? 'text-sm text-emerald-800 dark:text-emerald-300' : 'text-sm text-red-700 dark:text-red-300'}>
        {state.message}
        {state.details?.length ? (
          <div className="mt-2 grid gap-3 text-zinc-900 sm:grid-cols-2 dark:text-zinc-100" data-testid="conflict">
            <section aria-label={labels.changedMeanwhile}>
              <h3 className="font-semibold">{labels.changedMeanwhile}</h3>
              <ul className="list-disc pl-5" data-testid="conflict-details">
                {state.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </section>
            {state.mine ? (
              <section aria-label={labels.yourChange}>
                <h3 className="font-semibold">{labels.yourChange}</h3>
                <ul className="list-disc pl-5" data-testid="conflict-mine">
                  {state.mine.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                  {text('note') ? <li>“{text('note')}”</li> : null}
                </ul>
              </section>
            ) : null}
          </div>
        ) : null}
      </div>
      <label className="block text-sm">
        <span className="font-medium">{labels.stage}</span>
        <select name="stage" defaultValue={text('stage') || stage} aria-describedby="stage-error" className={field}>
          {[...stages, ...(text('stage') && !stages.some((s) => s.value === text('stage')) ? [{ value: text('stage'), label: stageLabels[text('stage')] ?? text('stage') }] : [])].map((s) => (
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
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={pending} className={`${button} bg-blue-800 text-white dark:bg-blue-300 dark:text-zinc-950`}>
          {conflict ? labels.applyMine : labels.save}
        </button>
        {conflict ? (
          <button type="submit" name="intent" value="restart" disabled={pending} className={`${button} border border-zinc-500`}>
            {labels.startAgain}
          </button>
        ) : null}
      </div>
    </form>
  );
}
