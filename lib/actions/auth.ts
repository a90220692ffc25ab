'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/lib/db';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { SESSION_COOKIE, cookieOptions, createSession, deleteSession } from '@/lib/auth/sessions';
import { lockedForMinutes, recordAttempt } from '@/lib/auth/throttle';
import { signInSchema } from '@/lib/schemas/user';
import { type FormState, refused } from './form-state';

/** Only same-site paths may be returned to after signing in. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(value) ? value : '/recommendations';
}

export async function signIn(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return refused(form, { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors });

  const { email, password } = parsed.data;
  const wait = await lockedForMinutes(db, email);
  if (wait > 0) return refused(form, { status: 'error', message: `Too many failed attempts. Try again in ${wait} minute${wait === 1 ? '' : 's'}.` });

  const user = await db.user.findUnique({ where: { email } });
  // Verify even for unknown emails, so the response time does not reveal which emails exist.
  const ok = (await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password)) && Boolean(user) && !user?.disabledAt;
  await recordAttempt(db, email, ok);
  if (!ok || !user) return refused(form, { status: 'error', message: 'The email or password is not right.' });

  const { token, expiresAt } = await createSession(db, user.id);
  (await cookies()).set(SESSION_COOKIE, token, cookieOptions(expiresAt));
  redirect(safeNext(form.get('next')));
}

export async function signOut(): Promise<void> {
  const jar = await cookies();
  await deleteSession(db, jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect('/');
}
