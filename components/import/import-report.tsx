'use client';

import type { ImportLabels, ImportReport as Report } from '@/lib/actions/import-state';
import type { RowAction } from '@/lib/import/types';

const actions: RowAction[] = ['create', 'update', 'unchanged', 'rejected'];
const badge: Record<RowAction, string> = {
  create: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  update: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
  unchanged: 'bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
  rejected: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

/** The dry run (or what was applied), row by row: the row number, the key, the action, and its changes or reasons. */
export function ImportReport({ report, labels }: { report: Report; labels: ImportLabels['table'] }) {
  const words = (value: string) => (value === '' ? <em className="text-zinc-500">{labels.empty}</em> : value);
  return (
    <section className="space-y-3" data-testid="import-report">
      <ul aria-label={labels.countsLabel} className="flex flex-wrap gap-2 text-sm" data-testid="import-counts">
        {actions.map((a) => (
          <li key={a} className={`rounded px-2 py-0.5 ${badge[a]}`}>
            {report.words.counts[a]}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="import-rows">
          <caption className="mb-1 text-left font-medium">{report.words.caption}</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3">{labels.row}</th>
              <th scope="col" className="py-1 pr-3">{labels.key}</th>
              <th scope="col" className="py-1 pr-3">{labels.action}</th>
              <th scope="col" className="py-1">{labels.details}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.row} className="border-b border-zinc-200 align-top dark:border-zinc-800" data-action={r.action}>
                <td className="py-1 pr-3 tabular-nums">{r.row}</td>
                <td className="py-1 pr-3 break-all">{r.href ? <a href={r.href}>{r.key}</a> : r.key || '—'}</td>
                <td className="py-1 pr-3">
                  <span className={`rounded px-1.5 py-0.5 ${badge[r.action]}`}>{report.words.actions[r.action]}</span>
                </td>
                <td className="py-1">
                  {r.lines.length ? (
                    <ul className="space-y-0.5">
                      {r.lines.map((line, i) => (
                        <li key={i}>
                          <code className="text-xs">{line.field}</code>{' '}
                          {line.problem !== undefined ? (
                            <span className="text-red-800 dark:text-red-300">{line.problem}</span>
                          ) : (
                            <span className="break-words">
                              {/* A new record has no "before" worth showing. */}
                              {r.action === 'create' ? null : (
                                <>
                                  <span className="sr-only">{labels.from}: </span>
                                  <del className="text-zinc-600 dark:text-zinc-400">{words(line.from ?? '')}</del> →{' '}
                                  <span className="sr-only">{labels.to}: </span>
                                </>
                              )}
                              <ins className="no-underline">{words(line.to ?? '')}</ins>
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
