'use client';

import { type FormEvent, useActionState, useMemo, useState } from 'react';
import { LabelledField } from '@/components/ui/labelled-field';
import { importAction } from '@/lib/actions/import';
import { type ImportLabels, type ImportState, idleImport, readReport } from '@/lib/actions/import-state';
import { MAX_BYTES } from '@/lib/import/types';
import { ImportReport } from './import-report';

const input = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
const button = 'rounded bg-blue-800 px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:bg-blue-300 dark:text-zinc-950';

/**
 * Upload, dry run, apply. The apply form sends back the checked text and its plan's digest; the
 * server reads and plans it again and applies only if nothing changed (lib/actions/import.ts).
 */
export function ImportForm({ labels }: { labels: ImportLabels }) {
  // The server action gets the form alone: handed to useActionState itself, it would be sent the
  // previous state with every submit, i.e. the report and the file's text again (over the 3 MB limit).
  const [state, action, pending] = useActionState((_previous: ImportState, form: FormData) => importAction(form), idleImport);
  const [fileError, setFileError] = useState<string>();
  const report = useMemo(() => readReport(state), [state]);
  const changes = report ? report.counts.create + report.counts.update : 0;
  const canApply = state.status === 'checked' && Boolean(state.digest) && report?.counts.rejected === 0 && changes > 0;
  const refused = state.status === 'error' || Boolean(report?.counts.rejected) || (state.status === 'checked' && !state.digest);
  const canRecheck = state.status === 'checked' && !state.digest && Boolean(state.csv) && report?.counts.rejected === 0;

  // A file over the limit is refused here already, before it is sent (the server checks again).
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    const tooLarge = file instanceof File && file.size > MAX_BYTES;
    setFileError(tooLarge ? labels.tooLarge : undefined);
    if (tooLarge) event.preventDefault();
  };
  const carried = (
    <>
      <input type="hidden" name="csv" value={state.csv ?? ''} />
      <input type="hidden" name="note" value={state.note ?? ''} />
      <input type="hidden" name="fileName" value={state.fileName ?? ''} />
    </>
  );

  return (
    <div className="space-y-6">
      <form key={state.attempt ?? 'new'} action={action} onSubmit={checkSize} className="max-w-3xl space-y-4" data-testid="import-check">
        <input type="hidden" name="intent" value="check" />
        <LabelledField id="file" label={labels.file} help={labels.fileHelp} errors={fileError ? [fileError] : undefined} required>
          <input type="file" name="file" accept=".csv,text/csv" required aria-describedby="file-help file-error" className={input} />
        </LabelledField>
        <LabelledField id="note" label={labels.note} help={labels.noteHelp} errors={state.noteError ? [state.noteError] : undefined} required>
          <textarea name="note" required rows={2} maxLength={2000} defaultValue={state.note ?? ''} aria-describedby="note-help note-error" aria-invalid={Boolean(state.noteError)} className={input} />
        </LabelledField>
        <button type="submit" disabled={pending} className={button}>
          {labels.check}
        </button>
      </form>

      <div role="status" aria-live="polite" className="space-y-2" data-testid="import-status">
        {report?.words.heading ? <h2 className="text-lg font-semibold">{report.words.heading}</h2> : null}
        {state.message ? <p className={refused ? 'text-red-800 dark:text-red-300' : undefined}>{state.message}</p> : null}
        {state.problems?.length ? (
          <ul className="list-disc pl-5 text-red-800 dark:text-red-300" data-testid="import-problems">
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </div>

      {canApply ? (
        <form action={action} data-testid="import-apply">
          <input type="hidden" name="intent" value="apply" />
          <input type="hidden" name="digest" value={state.digest ?? ''} />
          {carried}
          <button type="submit" disabled={pending} className={button}>
            {report?.words.apply}
          </button>
        </form>
      ) : canRecheck ? (
        <form action={action}>
          <input type="hidden" name="intent" value="check" />
          {carried}
          <button type="submit" disabled={pending} className={button}>
            {labels.checkAgain}
          </button>
        </form>
      ) : null}

      {report ? <ImportReport report={report} labels={labels.table} /> : null}
    </div>
  );
}
