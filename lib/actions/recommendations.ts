'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { localised } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import { getRecommendationState } from '@/lib/queries/recommendations';
import { parseRecommendationNumber, recommendationChangeSchema, recommendationStageSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange, changeProblems } from '@/lib/tracker/change';
import { type TrackerState, baseFields, mergeOnto, ownChanges } from '@/lib/tracker/merge';
import { describeChange, groupSaves } from '@/lib/tracker/saves';
import { conflictLines } from './conflict-lines';
import { type FormState, refused, targetFields, textField } from './form-state';
import { staffAction } from './staff-action';
import { parseForm, refusedFor } from './validated-action';

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

  const input = {
    expectedVersion: form.get('expectedVersion'),
    stage: form.get('stage') || undefined,
    doneMilestones: form.getAll('doneMilestones'),
    note: form.get('note'),
    evidenceUrl: form.get('evidenceUrl') ?? undefined,
  };
  const parsed = await parseForm(recommendationChangeSchema, input, form, { summary: true });
  if (!parsed.ok) return parsed.state;

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
  const tracker = translatorFor(locale, 'tracker');
  const stages = translatorFor(locale, 'vocab.recommendationStage');
  const words = await getTranslations('trackerConflict');
  const saves = groupSaves(result.since);
  const details = conflictLines(saves, (shared, save) =>
    t('conflictEntry', { ...shared, change: (save.changes.length ? save.changes.map((c) => describeChange(c, locale, tracker, stages)) : [tracker('kind.review')]).join('; ') }),
  );
  const base = baseOf(form);
  // A form rendered before the form said what it loaded cannot tell the editor's change apart.
  if (!base) return { ...refused(form, { status: 'conflict', message: t('conflict'), details }), values: { ...typedOnly(form), expectedVersion: String(result.currentVersion) } };

  const mine: TrackerState = { stage: parsed.data.stage ?? base.stage, doneMilestones: parsed.data.doneMilestones ?? base.doneMilestones };
  const merged = mergeOnto(result.current, base, mine);
  const own = ownChanges(base, mine);
  const titles = await milestoneTitles(number, locale);
  const mineLines = [
    ...(own.stage ? [`${tracker('kind.stage')} — ${stages(own.stage.from)} → ${stages(own.stage.to)}`] : []),
    ...own.done.map((slug) => `${tracker('kind.milestone')}: ${titles.get(slug) ?? slug} — ${tracker('milestoneState.open')} → ${tracker('milestoneState.done')}`),
    ...own.undone.map((slug) => `${tracker('kind.milestone')}: ${titles.get(slug) ?? slug} — ${tracker('milestoneState.done')} → ${tracker('milestoneState.open')}`),
  ];
  return {
    status: 'conflict',
    message: words('message'),
    details,
    mine: mineLines.length ? mineLines : [words('noOwnChange')],
    values: formValues(number, result.currentVersion, result.current, merged, form),
    attempt: crypto.randomUUID(),
  };
}

/** The form again at the current version, nothing saved: the typed note and evidence kept. */
async function restart(form: FormData, number: number): Promise<TrackerFormState> {
  const words = await getTranslations('trackerConflict');
  const current = await getRecommendationState(number);
  if (!current) return refused(form, { status: 'error', message: (await getTranslations('tracker'))('noSuchRecommendation') });
  revalidatePath('/[locale]/recommendations', 'layout');
  return { status: 'idle', message: words('restarted'), values: formValues(number, current.version, current, current, form), attempt: crypto.randomUUID() };
}

/** The form's fields at `version`, loaded as `base`, showing `shown`, with the typed note and evidence. */
function formValues(number: number, version: number, base: TrackerState, shown: TrackerState, form: FormData): Record<string, string | string[]> {
  return {
    [targetFields.recommendation]: String(number),
    expectedVersion: String(version),
    [baseFields.stage]: base.stage,
    [baseFields.done]: [...base.doneMilestones],
    stage: shown.stage,
    doneMilestones: [...shown.doneMilestones],
    ...typedOnly(form),
  };
}

/** What the editor typed, as typed: the note and the evidence link. */
function typedOnly(form: FormData): Record<string, string> {
  return { note: textField(form, 'note'), evidenceUrl: textField(form, 'evidenceUrl') };
}

/** The version the form loaded, as its hidden fields say, or null when they are missing or malformed. */
function baseOf(form: FormData): TrackerState | null {
  const stage = recommendationStageSchema.safeParse(textField(form, baseFields.stage));
  if (!stage.success) return null;
  return { stage: stage.data, doneMilestones: form.getAll(baseFields.done).filter((v): v is string => typeof v === 'string') };
}

async function milestoneTitles(number: number, locale: string): Promise<Map<string, string>> {
  const state = await getRecommendationState(number);
  return new Map((state?.milestones ?? []).map((m) => [m.slug, localised(locale, m.title, m.titleKo).text]));
}
