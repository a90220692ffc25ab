'use client';

import { useState } from 'react';

type Labels = { copy: string; copied: string; failed: string; address: string };

/**
 * Copies the view's address. The path comes from the server (canonical, dropped parameters left
 * out); the origin is the one in the reader's address bar, so it is right behind any proxy.
 */
export function CopyLink({ path, labels }: { path: string; labels: Labels }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [url, setUrl] = useState('');

  async function copy() {
    const address = new URL(path, window.location.origin).href;
    setUrl(address);
    try {
      await navigator.clipboard.writeText(address);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        data-testid="copy-link"
        className="rounded border border-zinc-400 px-2 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
      >
        {labels.copy}
      </button>
      <span role="status" aria-live="polite" className="text-sm">
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : ''}
      </span>
      {state === 'failed' ? (
        <input
          readOnly
          value={url}
          aria-label={labels.address}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
          className="w-full max-w-md rounded border border-zinc-400 px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900"
        />
      ) : null}
    </span>
  );
}
