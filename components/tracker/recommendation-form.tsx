'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { idleState, targetFields } from '@/lib/actions/form-state';
import { type TrackerFormState, saveRecommendation } from '@/lib/actions/recommendations';
import { BASE, DONE, type FormValues, type MilestonePart, RETIRE_RESPONSES, milestoneField, newField, responseField, responseParts } from '@/lib/tracker/form';
import type { Actor } from '@/lib/schemas/recommendation';

type Option = { value: string; label: string };

type Props = {
  number: number;
  version: number;
  /** The recommendation as stored, as the form's state fields (lib/tracker/form.ts `stateFields`). */
  values: FormValues;
  stages: Option[];
  /** Every stage's name: a stage kept from a stale save may be no move from the current one, and is shown (and refused) as such. */
  stageLabels: Record<string, string>;
  actors: Option[];
  /** Each milestone's slug and title in the reader's language, in the stored order. */
  milestones: Array<{ slug: string; title: string }>;
  /** The actors this recommendation addresses (only they respond to it), each with its response fold's heading. */
  responseActors: Array<{ actor: Actor; heading: string }>;
  /** The responses recorded and not retired, each worded as one line (actor, date, position). */
  responses: Array<{ id: number; label: string }>;
  /** The response fold's words. */
  responseLabels: Record<'addResponse' | 'respondedOn' | 'position' | 'positionKo' | 'evidence' | 'retire' | 'retireHeading', string>;
  /** The form's words, translated on the server by the page. */
  labels: Record<
    | 'editHeading'
    | 'stage'
    | 'closureReason'
    | 'priority'
    | 'milestones'
    | 'doneOn'
    | 'edit'
    | 'title'
    | 'titleKo'
    | 'actor'
    | 'target'
    | 'position'
    | 'retired'
    | 'retiredHeading'
    | 'addMilestone'
    | 'note'
    | 'evidence'
    | 'save'
    | 'changedMeanwhile'
    | 'yourChange'
    | 'applyMine'
    | 'startAgain',
    string
  >;
};

const field = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
const button = 'rounded px-4 py-1.5 text-sm font-medium disabled:opacity-60';

/**
 * One save on a recommendation: its stage (with a closure reason when it closes), the priority
 * flag, its milestones (done and on which day, edited, reordered, retired or restored, one added),
 * a response recorded for each actor it addresses or responses retired, a note and evidence. Every field has a `base:` twin holding what the form loaded, so that a stale
 * save is merged field by field (lib/tracker/form.ts). Works as a plain form POST without JavaScript.
 */
export function RecommendationForm({ number, version, values, stages, stageLabels, actors, milestones, responseActors, responses, responseLabels, labels }: Props) {
  const [state, action, pending] = useActionState<TrackerFormState, FormData>(saveRecommendation, idleState);
  const kept = state.status === 'saved' ? undefined : state.values;
  // The fields as the form shows them: kept after a refusal or conflict, else as stored.
  const shown = (name: string): string | string[] => (kept ? (kept[name] ?? '') : (values[name] ?? ''));
  const text = (name: string) => {
    const v = shown(name);
    return typeof v === 'string' ? v : '';
  };
  const loaded: FormValues = kept && Object.keys(kept).some((k) => k.startsWith(BASE)) ? Object.fromEntries(Object.entries(kept).filter(([k]) => k.startsWith(BASE)).map(([k, v]) => [k.slice(BASE.length), v])) : values;
  const done = new Set(([] as string[]).concat(shown(DONE)));
  const errors = (name: string) => state.fieldErrors?.[name];
  const retiring = new Set(([] as string[]).concat(shown(RETIRE_RESPONSES)).filter(Boolean));
  const conflict = state.status === 'conflict';
  const stage = text('stage');
  const m = (slug: string, part: MilestonePart) => milestoneField(slug, part);
  const active = milestones.filter((ms) => text(m(ms.slug, 'retired')) !== 'yes');
  const retired = milestones.filter((ms) => text(m(ms.slug, 'retired')) === 'yes');
  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <>
      <label className="block text-sm">
        <span className="font-medium">{label}</span>
        <input name={name} defaultValue={text(name)} aria-describedby={`${name}-error`} aria-invalid={Boolean(errors(name))} className={field} {...props} />
      </label>
      <FieldError id={`${name}-error`} errors={errors(name)} />
    </>
  );
  const actorSelect = (name: string) => (
    <label className="block text-sm">
      <span className="font-medium">{labels.actor}</span>
      <select name={name} defaultValue={text(name) || actors[0]?.value} aria-describedby={`${name}-error`} className={field}>
        {actors.map((a) => (
          <option key={a.value} value={a.value}>
            {a.label}
          </option>
        ))}
      </select>
    </label>
  );
  // One fold per actor, each optional: open where its response is being typed or was refused.
  const responseFold = ({ actor, heading }: { actor: Actor; heading: string }) => {
    const f = (part: (typeof responseParts)[number]) => responseField(actor, part);
    const textarea = (part: 'position' | 'positionKo', label: string, props: React.TextareaHTMLAttributes<HTMLTextAreaElement>) => (
      <>
        <label className="block text-sm">
          <span className="font-medium">{label}</span>
          <textarea name={f(part)} maxLength={2000} defaultValue={text(f(part))} aria-describedby={`${f(part)}-error`} aria-invalid={Boolean(errors(f(part)))} className={field} {...props} />
        </label>
        <FieldError id={`${f(part)}-error`} errors={errors(f(part))} />
      </>
    );
    return (
      <details key={actor} open={responseParts.some((p) => text(f(p)) || errors(f(p)))} data-testid={`response-${actor}`}>
        <summary className="cursor-pointer">{heading}</summary>
        <div className="mt-2 space-y-2 pl-2">
          {input(f('respondedOn'), responseLabels.respondedOn, { type: 'date' })}
          {textarea('position', responseLabels.position, { rows: 3 })}
          {textarea('positionKo', responseLabels.positionKo, { rows: 2, lang: 'ko' })}
          {input(f('evidenceUrl'), responseLabels.evidence, { type: 'url', maxLength: 500 })}
        </div>
      </details>
    );
  };
  const milestoneRow = (ms: { slug: string; title: string }) => {
    const parts: MilestonePart[] = ['title', 'titleKo', 'actor', 'target', 'position', 'retired'];
    // Open where something is wrong, or where the editor's kept change differs from what is stored.
    const open = parts.some((p) => errors(m(ms.slug, p)) || (kept && text(m(ms.slug, p)) !== (values[m(ms.slug, p)] ?? '')));
    return (
      <li key={ms.slug} className="space-y-1 rounded border border-zinc-200 p-2 dark:border-zinc-800" data-testid={`milestone-${ms.slug}`}>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name={DONE} value={ms.slug} defaultChecked={done.has(ms.slug)} disabled={text(m(ms.slug, 'retired')) === 'yes'} className="mt-1" />
          <span>{ms.title}</span>
        </label>
        {input(m(ms.slug, 'doneOn'), labels.doneOn, { type: 'date' })}
        <details open={open} className="text-sm">
          <summary className="cursor-pointer">
            {labels.edit}
            <span className="sr-only">: {ms.title}</span>
          </summary>
          <div className="mt-2 space-y-2 pl-2">
            {input(m(ms.slug, 'title'), labels.title, { maxLength: 300 })}
            {input(m(ms.slug, 'titleKo'), labels.titleKo, { maxLength: 300, lang: 'ko' })}
            {actorSelect(m(ms.slug, 'actor'))}
            {input(m(ms.slug, 'target'), labels.target, { placeholder: 'YYYY-MM', maxLength: 10 })}
            {text(m(ms.slug, 'retired')) === 'yes' ? null : input(m(ms.slug, 'position'), labels.position, { type: 'number', min: 1, max: 50, inputMode: 'numeric' })}
            <label className="flex items-start gap-2">
              <input type="checkbox" name={m(ms.slug, 'retired')} value="yes" defaultChecked={text(m(ms.slug, 'retired')) === 'yes'} className="mt-1" />
              <span>{labels.retired}</span>
            </label>
          </div>
        </details>
      </li>
    );
  };

  return (
    // The key resets the fields to the new current values after a successful save.
    <form key={state.status === 'saved' ? `saved-${version}` : (state.attempt ?? 'editing')} action={action} className="space-y-3 rounded border border-zinc-300 p-4 dark:border-zinc-700" noValidate>
      <h2>{labels.editHeading}</h2>
      {/* Named here, not bound to the action, so that it saves as a plain form POST too (see targetFields). */}
      <input type="hidden" name={targetFields.recommendation} value={number} />
      <input type="hidden" name="expectedVersion" value={text('expectedVersion') || String(version)} />
      {Object.entries(loaded).flatMap(([name, value]) =>
        typeof value === 'string' ? [<input key={name} type="hidden" name={`${BASE}${name}`} value={value} />] : value.length ? value.map((v) => <input key={`${name}:${v}`} type="hidden" name={`${BASE}${name}`} value={v} />) : [<input key={name} type="hidden" name={`${BASE}${name}`} value="" />],
      )}
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
        <select name="stage" defaultValue={stage} aria-describedby="stage-error" className={field}>
          {[...stages, ...(stage && !stages.some((s) => s.value === stage) ? [{ value: stage, label: stageLabels[stage] ?? stage }] : [])].map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError id="stage-error" errors={errors('stage')} />
      <label className="block text-sm">
        <span className="font-medium">{labels.closureReason}</span>
        <textarea name="closureReason" rows={2} maxLength={1000} defaultValue={text('closureReason')} aria-describedby="closureReason-error" aria-invalid={Boolean(errors('closureReason'))} className={field} />
      </label>
      <FieldError id="closureReason-error" errors={errors('closureReason')} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="priority" value="yes" defaultChecked={text('priority') === 'yes'} className="mt-1" />
        <span className="font-medium">{labels.priority}</span>
      </label>
      <fieldset className="space-y-2 text-sm" aria-describedby="milestones-error">
        <legend className="font-medium">{labels.milestones}</legend>
        <ol className="space-y-2">{active.map(milestoneRow)}</ol>
        {retired.length ? (
          <>
            <p className="font-medium">{labels.retiredHeading}</p>
            <ul className="space-y-2">{retired.map(milestoneRow)}</ul>
          </>
        ) : null}
      </fieldset>
      <FieldError id="milestones-error" errors={[...(errors(DONE) ?? []), ...(errors('order') ?? [])]} />
      <details open={Boolean(text(newField('title')) || errors(newField('title')) || errors(newField('target')))} className="text-sm">
        <summary className="cursor-pointer font-medium">{labels.addMilestone}</summary>
        <div className="mt-2 space-y-2 pl-2">
          {input(newField('title'), labels.title, { maxLength: 300 })}
          {input(newField('titleKo'), labels.titleKo, { maxLength: 300, lang: 'ko' })}
          {actorSelect(newField('actor'))}
          {input(newField('target'), labels.target, { placeholder: 'YYYY-MM', maxLength: 10 })}
        </div>
      </details>
      <fieldset className="space-y-2 text-sm" aria-describedby="addResponses-error" data-testid="responses-form">
        <legend className="font-medium">{responseLabels.addResponse}</legend>
        <FieldError id="addResponses-error" errors={errors('addResponses')} />
        {responseActors.map(responseFold)}
        {responses.length ? (
          <details open={retiring.size > 0 || Boolean(errors(RETIRE_RESPONSES))} data-testid="response-retire">
            <summary className="cursor-pointer">{responseLabels.retire}</summary>
            <fieldset className="mt-2 space-y-1 pl-2" aria-describedby={`${RETIRE_RESPONSES}-error`}>
              <legend className="font-medium">{responseLabels.retireHeading}</legend>
              {responses.map((p) => (
                <label key={p.id} className="flex items-start gap-2">
                  <input type="checkbox" name={RETIRE_RESPONSES} value={p.id} defaultChecked={retiring.has(String(p.id))} className="mt-1" />
                  <span>{p.label}</span>
                </label>
              ))}
            </fieldset>
            <FieldError id={`${RETIRE_RESPONSES}-error`} errors={errors(RETIRE_RESPONSES)} />
          </details>
        ) : null}
      </fieldset>
      <label className="block text-sm">
        <span className="font-medium">{labels.note}</span>
        <textarea name="note" required rows={3} maxLength={2000} defaultValue={text('note')} aria-describedby="note-error" aria-invalid={Boolean(errors('note'))} className={field} />
      </label>
      <FieldError id="note-error" errors={errors('note')} />
      <label className="block text-sm">
        <span className="font-medium">{labels.evidence}</span>
        <input name="evidenceUrl" type="url" maxLength={500} defaultValue={text('evidenceUrl')} aria-describedby="evidence-error" aria-invalid={Boolean(errors('evidenceUrl'))} className={field} />
      </label>
      <FieldError id="evidence-error" errors={errors('evidenceUrl')} />
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
