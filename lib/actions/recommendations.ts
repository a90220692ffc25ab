'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { zodProblems } from '@/lib/problems';
import { getRecommendationState } from '@/lib/queries/recommendations';
import { parseRecommendationNumber, recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange, changeProblems } from '@/lib/tracker/change';
import { parsePartialDate } from '@/lib/schemas/common';
import type { RecommendationChange } from '@/lib/schemas/recommendation';
import {
  BASE,
  type FormValues,
  RETIRE_RESPONSES,
  changeInput,
  formFieldOf,
  mergeFields,
  milestoneSlugs,
  ownChanges,
  stateFields,
  submittedFields,
  typedFieldNames,
} from '@/lib/tracker/form';
import { type SavedChange, type SavedResponse, describeChange, describeSave, groupSaves } from '@/lib/tracker/saves';
import { conflictLines } from './conflict-lines';
import { type FormState, refused, targetFields, textField } from './form-state';
import { staffAction } from './staff-action';
import { refusedFor } from './validated-action';

/** The tracker form's state: a refused stale save also says what the editor's own change was. */
export type TrackerFormState = FormState & { mine?: string[] };

/**
 * Saves a stage move, milestones and a note to the recommendation the form names (see
 * `targetFields`). Refused without an editor session, even if called directly. `intent=restart`
 * saves nothing: it gives the form again at the current version, the typed note and evidence kept.
 */
export const saveRecommendation = staffAction<TrackerFormState>(
  { refuse: (form, message) => refused(form, { status: 'error', message }), denied: async () => (await getTranslations('tracker'))('sessionEnded') },
  saveNow,
);

async function saveNow(user: SessionUser, form: FormData): Promise<TrackerFormState> {
  const t = await getTranslations('tracker');
  const raw = textField(form, targetFields.recommendation);
  const number = parseRecommendationNumber(raw);
  if (number === null) return refused(form, { status: 'error', message: t('noSuchRecommendation') });
  if (textField(form, 'intent') === 'restart') return restart(form, number);

  const { base, mine } = submittedFields(form);
  const input = changeInput(mine, (name) => textField(form, name), form.get('expectedVersion'), retiredResponses(form));
  const parsed = recommendationChangeSchema.safeParse(input);
  if (!parsed.success) return refusedFor(form, zodProblems(parsed.error.issues, formFieldOf(milestoneSlugs(mine), input.addResponses?.map((r) => r.actor))), { summary: true });

  const result = await applyRecommendationChange(db, user, number, parsed.data);
  if (result.ok) {
    revalidatePath('/[locale]/recommendations', 'layout');
    return { status: 'saved', message: t('saved') };
  }
  if (result.reason === 'not-found') return refused(form, { status: 'error', message: t('noSuchRecommendation') });
  if (result.reason === 'invalid') return refusedFor(form, changeProblems(result.problem), { summary: true });

  // Stale: the page under the form re-renders at the current version; the form keeps the work.
  revalidatePath('/[locale]/recommendations', 'layout');
  const locale = await getLocale();
  const words = await getTranslations('trackerConflict');
  const details = conflictLines(groupSaves(result.since), (shared, save) => t('conflictEntry', { ...shared, change: describeSave(save, locale).join('; ') }));
  const current = await getRecommendationState(number);
  if (!current) return refused(form, { status: 'error', message: t('noSuchRecommendation') });
  const now = stateFields(current);
  // A form rendered before the form said what it loaded cannot tell the editor's change apart.
  if (!Object.keys(base).length) return { ...refused(form, { status: 'conflict', message: t('conflict'), details }), values: { ...typedOnly(form), ...now, ...baseOf(now), expectedVersion: String(current.version) } };

  const titles = new Map(current.milestones.map((m) => [m.slug, m]));
  const own = [...ownChanges(base, mine, titles), ...responseChanges(parsed.data, current.responses)].map((c) => describeChange(c, locale));
  return {
    status: 'conflict',
    message: words('message'),
    details,
    mine: own.length ? own : [words('noOwnChange')],
    values: { ...typedOnly(form), ...mergeFields(now, base, mine), ...baseOf(now), [targetFields.recommendation]: String(number), expectedVersion: String(current.version) },
    attempt: crypto.randomUUID(),
  };
}

/** The form again at the current version, nothing saved: the typed note and evidence kept. */
async function restart(form: FormData, number: number): Promise<TrackerFormState> {
  const words = await getTranslations('trackerConflict');
  const current = await getRecommendationState(number);
  if (!current) return refused(form, { status: 'error', message: (await getTranslations('tracker'))('noSuchRecommendation') });
  revalidatePath('/[locale]/recommendations', 'layout');
  const now = stateFields(current);
  return { status: 'idle', message: words('restarted'), values: { ...typedOnly(form), ...now, ...baseOf(now), [targetFields.recommendation]: String(number), expectedVersion: String(current.version) }, attempt: crypto.randomUUID() };
}

/** The `base:` fields that say the form loaded `values`. */
function baseOf(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`${BASE}${name}`, value]));
}

/** What the editor typed that is no state (lib/tracker/form.ts `typedFieldNames`), and the responses to retire. */
function typedOnly(form: FormData): FormValues {
  return { ...Object.fromEntries(typedFieldNames.map((name) => [name, textField(form, name)])), [RETIRE_RESPONSES]: retiredResponses(form) };
}

/** The responses ticked to retire. */
function retiredResponses(form: FormData): string[] {
  return form.getAll(RETIRE_RESPONSES).filter((v): v is string => typeof v === 'string');
}

/** The responses a stale save records and retires, worded as the history words them. */
function responseChanges(change: RecommendationChange, stored: ReadonlyArray<SavedResponse & { id: number }>): SavedChange[] {
  const line = (kind: string, response: SavedResponse): SavedChange => ({ kind, field: null, fromValue: null, toValue: null, effectiveAt: null, milestone: null, response });
  const byId = new Map(stored.map((r) => [r.id, r]));
  return [
    ...(change.addResponses ?? []).map((r) => line('response', { actor: r.actor, respondedOn: parsePartialDate(r.respondedOn).date, position: r.position, positionKo: r.positionKo ?? null })),
    ...(change.retireResponses ?? []).flatMap((id) => (byId.has(id) ? [line('response-retire', byId.get(id)!)] : [])),
  ];
}
