'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="max-w-2xl space-y-4">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      {error.digest ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('reference', { digest: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="rounded border border-zinc-400 px-3 py-1">
        {t('retry')}
      </button>
    </div>
  );
}
