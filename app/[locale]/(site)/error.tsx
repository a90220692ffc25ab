'use client';

import { useEffect, useSyncExternalStore } from 'react';

type Words = { title: string; body: string; retry: string; reference: string };

// The (site) layout renders the page's own words into #error-text, in its language, so the error
// boundary needs no message catalogue in the browser. English if that element is missing.
const english: Words = { title: 'Something went wrong', body: 'The page could not be shown. The error has been logged. Try again, or come back later.', retry: 'Try again', reference: 'Reference: {digest}' };
const noSubscription = () => () => {};

function readWords(): string {
  const data = document.getElementById('error-text')?.dataset ?? {};
  return JSON.stringify({ title: data.title ?? english.title, body: data.body ?? english.body, retry: data.retry ?? english.retry, reference: data.reference ?? english.reference });
}

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = JSON.parse(useSyncExternalStore(noSubscription, readWords, () => JSON.stringify(english))) as Words;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="max-w-2xl space-y-4">
      <h1>{words.title}</h1>
      <p>{words.body}</p>
      {error.digest ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{words.reference.replace('{digest}', error.digest)}</p> : null}
      <button type="button" onClick={reset} className="rounded border border-zinc-400 px-3 py-1">
        {words.retry}
      </button>
    </div>
  );
}
