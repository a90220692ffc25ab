'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { currentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { type FormState, refused } from './form-state';

/** Saves a stage move, milestones and a note. Refused without an editor session, even if called directly. */
export async function saveRecommendation(number: number, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) return refused(form, { status: 'error', message: 'Your session has ended. Sign in again to save; your text is kept below.' });
  if (!Number.isInteger(number) || number < 1 || number > 10) return refused(form, { status: 'error', message: 'There is no such recommendation.' });

  const parsed = recommendationChangeSchema.safeParse({
    expectedVersion: form.get('expectedVersion'),
    stage: form.get('stage') || undefined,
    doneMilestones: form.getAll('doneMilestones'),
    note: form.get('note'),
    evidenceUrl: form.get('evidenceUrl') ?? undefined,
  });
  if (!parsed.success) return refused(form, { status: 'error', message: 'Some fields need attention.', fieldErrors: z.flattenError(parsed.error).fieldErrors });

  const result = await applyRecommendationChange(db, user, number, parsed.data);
  if (result.ok) {
    revalidatePath('/[locale]/recommendations', 'layout');
    return { status: 'saved', message: 'Saved. The change is in the history below.' };
  }
  if (result.reason === 'not-found') return refused(form, { status: 'error', message: 'There is no such recommendation.' });
  if (result.reason === 'invalid') return refused(form, { status: 'error', message: 'Some fields need attention.', fieldErrors: result.fieldErrors });
  return refused(form, {
    status: 'conflict',
    message: 'Someone saved this recommendation after you opened it. Nothing was overwritten. Their changes are below; reload to see the current version, then make your change again.',
    details: result.since.map((e) => `${e.at.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${e.authorName}: ${e.kind}${e.toValue ? ` → ${e.toValue}` : ''} — “${e.note}”`),
  });
}
