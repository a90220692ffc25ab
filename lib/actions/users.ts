'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import type { FieldErrors } from '@/lib/problems';
import { newUserSchema, roleSchema } from '@/lib/schemas/user';
import { createUser, disableRequest, setUserDisabled } from '@/lib/users';
import { type FormState, refused } from './form-state';
import { staffAction } from './staff-action';
import { parseForm, refusedFor } from './validated-action';

export const createUserAction = staffAction<FormState>(
  { role: 'admin', refuse: (form, message) => refused(form, { status: 'error', message }), denied: async () => (await getTranslations('admin'))('adminsOnly') },
  createUserNow,
);

async function createUserNow(_admin: unknown, form: FormData): Promise<FormState> {
  const t = await getTranslations('admin');
  const role = roleSchema.safeParse(form.get('role'));
  const input = {
    email: String(form.get('email') ?? ''),
    name: String(form.get('name') ?? ''),
    role: role.success ? role.data : 'editor',
    password: String(form.get('password') ?? ''),
  };
  // createUser validates too; parsing here first gives the problems as codes, to word in the reader's language.
  const parsed = await parseForm(newUserSchema, input, form, { summary: true });
  if (!parsed.ok) return parsed.state;
  const result = await createUser(db, parsed.data);
  if (!result.ok) {
    // createUser words its problems in English for the command line; the schema was checked above,
    // so only a taken email is expected here.
    const problems: FieldErrors =
      result.reason === 'email-taken' ? { email: [{ code: 'emailTaken' }] } : Object.fromEntries(Object.keys(result.fieldErrors).map((field) => [field, [{ code: 'invalid' }]]));
    return refusedFor(form, problems, { summary: true });
  }
  revalidatePath('/[locale]/admin/users', 'page');
  return { status: 'saved', message: t('accountCreated') };
}

export async function setUserDisabledAction(form: FormData): Promise<void> {
  const request = disableRequest(await currentUser(), form);
  if (!request.ok) {
    // Only a forged or stale request gets here (the page shows these buttons to admins alone): change
    // nothing, and answer with the page as it is rather than an error, but leave a trace for the operator.
    console.warn(`Refused to change an account's status: ${request.reason}.`);
    return;
  }
  // A user that no longer exists is nothing to change.
  if (!(await db.user.findUnique({ where: { id: request.id }, select: { id: true } }))) return;
  await setUserDisabled(db, request.id, request.disabled);
  revalidatePath('/[locale]/admin/users', 'page');
}
