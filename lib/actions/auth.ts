'use server';

import { setTimeout as sleep } from 'node:timers/promises';
import { cookies } from 'next/headers';
import { after } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { SESSION_COOKIE, cookieOptions, createSession, deleteSession } from '@/lib/auth/sessions';
import { safeNextPath } from '@/lib/auth/next-path';
import { pruneStale } from '@/lib/auth/prune';
import { requestClientKey } from '@/lib/auth/request-client';
import { type ThrottleDecision, checkThrottle, recordAttempt } from '@/lib/auth/throttle';
import { redirect } from '@/lib/i18n/navigation';
import { type SignIn, signInSchema } from '@/lib/schemas/user';
import { databaseProblem } from './database-refusal';
import { type FormState, refused, textField } from './form-state';
import { validatedAction } from './validated-action';

type Translate = Awaited<ReturnType<typeof getTranslations<'auth'>>>;

/** Words a refusal: a short wait in seconds, a longer one in minutes, a lock of the client for all accounts apart. */
function refusal(t: Translate, decision: Exclude<ThrottleDecision, { kind: 'allow' }>): string {
  if (decision.kind === 'locked') return decision.scope === 'client' ? t('clientLocked', { minutes: decision.minutes }) : t('locked', { minutes: decision.minutes });
  return decision.seconds < 60 ? t('slowDown', { seconds: decision.seconds }) : t('locked', { minutes: Math.ceil(decision.seconds / 60) });
}

/**
 * Signs in with an email and password. Every field's problem is marked, the email kept; a refusal
 * (throttled, wrong credentials, a database that takes no change) answers with the form again.
 */
export const signIn = validatedAction(signInSchema, (form) => ({ email: textField(form, 'email'), password: textField(form, 'password') }), signInNow);

async function signInNow({ email, password }: SignIn, form: FormData): Promise<FormState> {
  const t = await getTranslations('auth');
  const attempt = { email, client: await requestClientKey() };
  // Stale attempts and sessions go after the response, a bounded batch per sign-in.
  after(() => pruneStale(db).catch((error: unknown) => console.error('Pruning sign-in attempts and sessions failed:', error)));
  const decision = await checkThrottle(db, attempt);
  if (decision.kind !== 'allow') return refused(form, { status: 'error', message: refusal(t, decision) });
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  // Verify even for unknown emails, so the response time does not reveal which emails exist.
  const ok = (await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password)) && Boolean(user) && !user?.disabledAt;
  await recordAttempt(db, attempt, ok);
  if (!ok || !user) return refused(form, { status: 'error', message: t('wrongCredentials') });

  const { token, expiresAt } = await createSession(db, user.id);
  (await cookies()).set(SESSION_COOKIE, token, cookieOptions(expiresAt));
  return redirect({ href: safeNextPath(form.get('next')), locale: await getLocale() });
}

export async function signOut(): Promise<void> {
  const jar = await cookies();
  try {
    await deleteSession(db, jar.get(SESSION_COOKIE)?.value);
  } catch (error) {
    // A database that takes no change now still lets the reader sign out of this browser: the
    // cookie goes, and the session row ends on its own (IDLE_HOURS). Any other error is a bug.
    if ((await databaseProblem(error)) === null) throw error;
  }
  jar.delete(SESSION_COOKIE);
  redirect({ href: '/', locale: await getLocale() });
}
