'use server';

import { revalidatePath } from 'next/cache';
import { currentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { roleSchema } from '@/lib/schemas/user';
import { createUser, setUserDisabled } from '@/lib/users';
import { type FormState, refused } from './form-state';

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const admin = await currentUser();
  if (admin?.role !== 'admin') return refused(form, { status: 'error', message: 'Only admins can manage users.' });
  const role = roleSchema.safeParse(form.get('role'));
  const result = await createUser(db, {
    email: String(form.get('email') ?? ''),
    name: String(form.get('name') ?? ''),
    role: role.success ? role.data : 'editor',
    password: String(form.get('password') ?? ''),
  });
  if (!result.ok) return refused(form, { status: 'error', message: 'Some fields need attention.', fieldErrors: result.fieldErrors });
  revalidatePath('/[locale]/admin/users', 'page');
  return { status: 'saved', message: 'Account created.' };
}

export async function setUserDisabledAction(form: FormData): Promise<void> {
  const admin = await currentUser();
  if (admin?.role !== 'admin') throw new Error('Only admins can manage users.');
  const id = Number(form.get('id'));
  // An admin cannot lock themselves out.
  if (!Number.isInteger(id) || id === admin.id) return;
  await setUserDisabled(db, id, form.get('disable') === '1');
  revalidatePath('/[locale]/admin/users', 'page');
}
