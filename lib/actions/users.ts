'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { translatedFieldErrors } from '@/lib/i18n/form-errors';
import { newUserSchema, roleSchema } from '@/lib/schemas/user';
import { createUser, setUserDisabled } from '@/lib/users';
import { type FormState, refused } from './form-state';

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations('admin');
  const errors = await getTranslations('formErrors');
  const admin = await currentUser();
  if (admin?.role !== 'admin') return refused(form, { status: 'error', message: t('adminsOnly') });
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
  const admin = await currentUser();
  // Only a forged request gets here without the admin role; the error page shows no message.
  if (admin?.role !== 'admin') throw new Error('Only admins can manage users.');
  const id = Number(form.get('id'));
  // An admin cannot lock themselves out.
  if (!Number.isInteger(id) || id === admin.id) return;
  await setUserDisabled(db, id, form.get('disable') === '1');
  revalidatePath('/[locale]/admin/users', 'page');
}
