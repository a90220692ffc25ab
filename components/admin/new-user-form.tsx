'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { idleState } from '@/lib/actions/form-state';
import { createUserAction } from '@/lib/actions/users';

export function NewUserForm({ labels }: { labels: Record<'heading' | 'email' | 'name' | 'role' | 'editor' | 'admin' | 'password' | 'create', string> }) {
  const [state, action, pending] = useActionState(createUserAction, idleState);
  const kept = (key: string) => (state.status !== 'saved' && typeof state.values?.[key] === 'string' ? (state.values[key] as string) : '');
  const field = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
  return (
    <form key={state.attempt ?? state.status} action={action} className="max-w-md space-y-2 text-sm" noValidate>
      <h2>{labels.heading}</h2>
      <p role="status" aria-live="polite" className={state.status === 'saved' ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}>
        {state.message}
      </p>
      {(['email', 'name'] as const).map((f) => (
        <div key={f}>
          <label className="block">
            <span className="font-medium">{labels[f]}</span>
            <input name={f} type={f === 'email' ? 'email' : 'text'} defaultValue={kept(f)} aria-describedby={`${f}-error`} className={field} />
          </label>
          <FieldError id={`${f}-error`} errors={state.fieldErrors?.[f]} />
        </div>
      ))}
      <label className="block">
        <span className="font-medium">{labels.role}</span>
        <select name="role" defaultValue={kept('role') || 'editor'} className={field}>
          <option value="editor">{labels.editor}</option>
          <option value="admin">{labels.admin}</option>
        </select>
      </label>
      <label className="block">
        <span className="font-medium">{labels.password}</span>
        <input name="password" type="password" autoComplete="new-password" aria-describedby="password-error" className={field} />
      </label>
      <FieldError id="password-error" errors={state.fieldErrors?.password} />
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-1.5 font-medium text-white disabled:opacity-60 dark:bg-blue-300 dark:text-zinc-950">
        {labels.create}
      </button>
    </form>
  );
}
