'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { parseRecommendationNumber, recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { type ConflictEntry, applyRecommendationChange, changeProblems } from '@/lib/tracker/change';
import { conflictLines } from './conflict-lines';
import { type FormState, refused, targetFields, textField } from './form-state';
import { staffAction } from './staff-action';
import { parseForm, refusedFor } from './validated-action';

/**
 * Saves a stage move, milestones and a note to the recommendation the form names (see
 * `targetFields`). Refused without an editor session, even if called directly.
 */
export const saveRecommendation = staffAction<FormState>(
  { refuse: (form, message) => refused(form, { status: 'error', message }), denied: async () => (await getTranslations('tracker'))('sessionEnded') },
  saveNow,
);

async function saveNow(user: SessionUser, form: FormData): Promise<FormState> {
  const t = await getTranslations('tracker');
  const raw = textField(form, targetFields.recommendation);
  const number = parseRecommendationNumber(raw);
  if (number === null) return refused(form, { status: 'error', message: t('noSuchRecommendation') });

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
  return refused(form, { status: 'conflict', message: t('conflict'), details: await historyLines(result.since) });
}

/** What others saved meanwhile, one line per history entry: the stage or milestone it moved, or a review. */
async function historyLines(since: ConflictEntry[]): Promise<string[]> {
  const t = await getTranslations('tracker');
  const stages = await getTranslations('vocab.recommendationStage');
  const value = (e: ConflictEntry) => {
    if (!e.toValue) return '';
    return ` → ${e.kind === 'stage' ? stages(e.toValue) : e.kind === 'milestone' ? t(`milestoneState.${e.toValue}`) : e.toValue}`;
  };
  return conflictLines(since, (shared, e) => t('conflictEntry', { ...shared, change: `${t(`kind.${e.kind}`)}${value(e)}` }));
}
