'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { translatedFieldErrors } from '@/lib/i18n/form-errors';
import { newUserSchema, roleSchema } from '@/lib/schemas/user';
import { createUser, disableRequest, setUserDisabled } from '@/lib/users';
import { type FormState, refused } from './form-state';
import { staffAction } from './staff-action';

export const createUserAction = staffAction<FormState>(
  { role: 'admin', refuse: (form, message) => refused(form, { status: 'error', message }), denied: async () => (await getTranslations('admin'))('adminsOnly') },
  createUserNow,
);

async function createUserNow(_admin: unknown, form: FormData): Promise<FormState> {
  const t = await getTranslations('admin');
  const errors = await getTranslations('formErrors');
  const role = roleSchema.safeParse(form.get('role'));
  const input = {
    email: String(form.get('email') ?? ''),
    name: String(form.get('name') ?? ''),
    role: role.success ? role.data : 'editor',
    password: String(form.get('password') ?? ''),
  };
  // createUser validates too; parsing here first gives the issues to word in the reader's language.
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return refused(form, { status: 'error', message: errors('summary'), fieldErrors: await translatedFieldErrors(parsed.error.issues) });
  const result = await createUser(db, parsed.data);
  if (!result.ok) {
    const fieldErrors = result.reason === 'email-taken' ? { email: [errors('emailTaken')] } : result.fieldErrors;
    return refused(form, { status: 'error', message: errors('summary'), fieldErrors });
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
