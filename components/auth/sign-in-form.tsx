'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { signIn } from '@/lib/actions/auth';
import { idleState } from '@/lib/actions/form-state';

/** The form's words, translated on the server by the page. */
export type SignInLabels = { email: string; password: string; submit: string };

export function SignInForm({ next, labels }: { next?: string; labels: SignInLabels }) {
  const [state, action, pending] = useActionState(signIn, idleState);
  const email = typeof state.values?.email === 'string' ? state.values.email : '';
  // A refused sign-in keeps where it returns to (a plain form POST renders the page anew).
  const back = typeof state.values?.next === 'string' ? state.values.next : next;
  const field = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
  return (
    <form key={state.attempt ?? 'new'} action={action} className="max-w-sm space-y-3" noValidate>
      {back ? <input type="hidden" name="next" value={back} /> : null}
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        {state.message}
      </p>
      <label className="block text-sm">
        <span className="font-medium">{labels.email}</span>
        <input name="email" type="email" autoComplete="username" required defaultValue={email} aria-describedby="email-error" aria-invalid={Boolean(state.fieldErrors?.email)} className={field} />
      </label>
      <FieldError id="email-error" errors={state.fieldErrors?.email} />
      <label className="block text-sm">
        <span className="font-medium">{labels.password}</span>
        <input name="password" type="password" autoComplete="current-password" required aria-describedby="password-error" aria-invalid={Boolean(state.fieldErrors?.password)} className={field} />
      </label>
      <FieldError id="password-error" errors={state.fieldErrors?.password} />
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:bg-blue-300 dark:text-zinc-950">
        {labels.submit}
      </button>
    </form>
  );
}
