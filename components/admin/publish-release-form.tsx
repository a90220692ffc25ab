'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { idleState } from '@/lib/actions/form-state';
import { publishReleaseAction } from '@/lib/actions/releases';

type Labels = Record<'version' | 'versionHelp' | 'changelog' | 'changelogHelp' | 'changelogKo' | 'changelogKoHelp' | 'publish', string>;

/** The admin's form: a version (the next one suggested), the drafted changelogs to edit, English and Korean. Works without JavaScript. */
export function PublishReleaseForm({ labels, suggested, draft, draftKo }: { labels: Labels; suggested: string; draft: string; draftKo: string }) {
  const [state, action, pending] = useActionState(publishReleaseAction, idleState);
  const kept = (key: string, fallback: string) => (state.status === 'error' && typeof state.values?.[key] === 'string' ? (state.values[key] as string) : fallback);
  const field = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
  const described = (name: string) => `${name}-help ${name}-error`;
  return (
    <form key={state.attempt ?? state.status} action={action} className="max-w-3xl space-y-4 text-sm" noValidate>
      <p role="status" aria-live="polite" className="text-red-700 dark:text-red-300">
        {state.message}
      </p>
      <div>
        <label className="block">
          <span className="font-medium">{labels.version}</span>
          <input name="version" type="text" inputMode="decimal" defaultValue={kept('version', suggested)} aria-describedby={described('version')} className={`${field} max-w-40`} />
        </label>
        <p id="version-help" className="text-zinc-700 dark:text-zinc-300">{labels.versionHelp}</p>
        <FieldError id="version-error" errors={state.fieldErrors?.version} />
      </div>
      <div>
        <label className="block">
          <span className="font-medium">{labels.changelog}</span>
          <textarea name="changelog" rows={16} defaultValue={kept('changelog', draft)} aria-describedby={described('changelog')} className={`${field} font-mono`} lang="en" />
        </label>
        <p id="changelog-help" className="text-zinc-700 dark:text-zinc-300">{labels.changelogHelp}</p>
        <FieldError id="changelog-error" errors={state.fieldErrors?.changelog} />
      </div>
      <div>
        <label className="block">
          <span className="font-medium">{labels.changelogKo}</span>
          <textarea name="changelogKo" rows={16} defaultValue={kept('changelogKo', draftKo)} aria-describedby={described('changelogKo')} className={field} lang="ko" />
        </label>
        <p id="changelogKo-help" className="text-zinc-700 dark:text-zinc-300">{labels.changelogKoHelp}</p>
        <FieldError id="changelogKo-error" errors={state.fieldErrors?.changelogKo} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-1.5 font-medium text-white disabled:opacity-60 dark:bg-blue-300 dark:text-zinc-950">
        {labels.publish}
      </button>
    </form>
  );
}
