'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { wordProblem } from '@/lib/i18n/problems';
import { recordPath } from '@/lib/records/registry';
import { applyImport } from '@/lib/import/apply';
import { withImportClient } from '@/lib/import/import-client';
import { planImport } from '@/lib/import/plan';
import { decodeCsv } from '@/lib/import/read-csv';
import { slicer } from '@/lib/import/slices';
import { type FileProblem, type ImportPlan, MAX_BYTES, type RowAction } from '@/lib/import/types';
import { type ImportReport, type ImportState, type ReportRow, idleImport } from './import-state';
import { staffAction } from './staff-action';

// Long cells (a summary) are cut in the report; the import itself uses them whole.
const shorten = (text: string) => (text.length > 240 ? `${text.slice(0, 239)}…` : text);

const rowActions: RowAction[] = ['create', 'update', 'unchanged', 'rejected'];

/** The report in the reader's words, as JSON text (see ImportState.report), made between pauses. */
async function wordReport(plan: ImportPlan, applied: boolean, fileName: string | undefined): Promise<string> {
  const t = await getTranslations('import');
  const locale = await getLocale();
  const entity: string = plan.entity; // one of the importable kinds (lib/import/kinds.ts)
  const kind = t(`kinds.${entity}`);
  // Worded a row at a time between pauses: 5,000 rows take longer than other requests may wait.
  const pause = slicer();
  const rows: string[] = [];
  for (const r of plan.rows) {
    await pause();
    const row: ReportRow = {
      row: r.row,
      key: r.key,
      action: r.action,
      href: r.action === 'rejected' || (r.action === 'create' && !applied) ? undefined : recordPath(plan.entity, r.key, locale),
      lines:
        r.action === 'rejected'
          ? Object.entries(r.errors).flatMap(([field, problems]) => problems.map((p) => ({ field, problem: wordProblem(p, locale) })))
          : r.changes.map((c) => ({ field: c.field, from: shorten(c.from), to: shorten(c.to) })),
    };
    rows.push(JSON.stringify(row));
  }
  const report: Omit<ImportReport, 'rows'> = {
    entity: plan.entity,
    kind,
    counts: plan.counts,
    words: {
      heading: fileName ? t('checkedFile', { file: fileName, kind }) : undefined,
      apply: t('apply', { count: plan.counts.create + plan.counts.update }),
      caption: t(applied ? 'table.appliedCaption' : 'table.caption'),
      counts: Object.fromEntries(rowActions.map((a) => [a, t(`${applied ? 'appliedCounts' : 'counts'}.${a}`, { count: plan.counts[a] })])) as Record<RowAction, string>,
      actions: Object.fromEntries(rowActions.map((a) => [a, t(`${applied ? 'done' : 'action'}.${a}`)])) as Record<RowAction, string>,
    },
  };
  // The rows, each stringified above, go into the object's text as its last field.
  return `${JSON.stringify(report).slice(0, -1)},"rows":[${rows.join(',')}]}`;
}

/** Kinds of record (`deal`, or a list of them) in the reader's words. */
function kindsNamed(params: Record<string, string | number>, name: (kind: string) => string) {
  const named = { ...params };
  if (typeof params.entity === 'string') named.entity = name(params.entity);
  if (typeof params.kinds === 'string') named.kinds = params.kinds.split(', ').map(name).join(', ');
  return named;
}

async function refusedFile(problems: FileProblem[], note: string, fileName?: string): Promise<ImportState> {
  const t = await getTranslations('import');
  const notes = problems.filter((p) => p.code === 'note');
  return {
    status: 'error',
    message: t('refused'),
    problems: problems.filter((p) => p.code !== 'note').map((p) => t(`errors.${p.code}`, kindsNamed(p.params ?? {}, (kind) => t(`kinds.${kind}`)))),
    noteError: notes.length ? t('errors.note', notes[0]!.params ?? {}) : undefined,
    note,
    fileName,
    attempt: crypto.randomUUID(),
  };
}

/** The dry run of an uploaded file (or of the text checked before, to check it again). */
async function check(form: FormData, note: string): Promise<ImportState> {
  const t = await getTranslations('import');
  const file = form.get('file');
  const again = form.get('csv');
  let text: string;
  let fileName: string | undefined;
  if (file instanceof File && file.size > 0) {
    fileName = file.name;
    if (file.size > MAX_BYTES) return refusedFile([{ code: 'tooLarge', params: { max: '1 MiB' } }], note, fileName);
    const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return refusedFile([decoded.problem], note, fileName);
    text = decoded.text;
  } else if (typeof again === 'string' && again) {
    text = again;
    fileName = String(form.get('fileName') ?? '') || undefined;
  } else {
    return refusedFile([{ code: 'noFile' }], note);
  }
  const result = await planImport(db, text, note);
  if (!result.ok) return refusedFile(result.problems, note, fileName);
  const { plan } = result;
  const changes = plan.counts.create + plan.counts.update;
  const message = plan.counts.rejected ? t('hasRejected', { count: plan.counts.rejected }) : changes ? t('ready', { count: changes }) : t('nothingToApply');
  return { status: 'checked', message, report: await wordReport(plan, false, fileName), csv: text, digest: plan.digest, note, fileName, attempt: crypto.randomUUID() };
}

/** Applies the checked text in one transaction, if its dry run is still the one the editor saw. */
async function apply(form: FormData, note: string, author: { id: number; name: string }): Promise<ImportState> {
  const t = await getTranslations('import');
  const text = String(form.get('csv') ?? '');
  const fileName = String(form.get('fileName') ?? '') || undefined;
  if (new TextEncoder().encode(text).byteLength > MAX_BYTES) return refusedFile([{ code: 'tooLarge', params: { max: '1 MiB' } }], note, fileName);
  // On a client of its own, so that the site's other requests neither run inside the import's
  // transaction nor wait for it (lib/import/import-client.ts).
  const result = await withImportClient((client) => applyImport(client, { text, note, digest: String(form.get('digest') ?? ''), author }));
  const kept = { note, fileName, attempt: crypto.randomUUID() };
  if (result.ok) {
    revalidatePath('/[locale]', 'layout');
    return { status: 'applied', message: t('applied', { count: result.applied }), report: await wordReport(result.plan, true, fileName), ...kept };
  }
  switch (result.reason) {
    case 'file':
      return refusedFile(result.problems, note, fileName);
    case 'rejected':
      return {
        status: 'checked',
        message: t('rejectedRows', { rows: result.rows.map((r) => t('rowRef', { row: r.row, key: r.key || '—' })).join(', ') }),
        report: await wordReport(result.plan, false, fileName),
        csv: text,
        ...kept,
      };
    case 'stale':
      return { status: 'checked', message: t('stale'), report: await wordReport(result.plan, false, fileName), csv: text, digest: result.plan.digest, ...kept };
    case 'busy': {
      // Nothing was planned: the dry run again, so that the editor can apply it again.
      const again = await planImport(db, text, note);
      if (!again.ok) return refusedFile(again.problems, note, fileName);
      return { status: 'checked', message: t('busy'), report: await wordReport(again.plan, false, fileName), csv: text, digest: again.plan.digest, ...kept };
    }
    case 'failed':
      console.warn(`CSV import rolled back at row ${result.row} (${result.key}): the record changed while it was applied`);
      return { status: 'checked', message: t('failed', { row: result.row, key: result.key }), report: await wordReport(result.plan, false, fileName), csv: text, ...kept };
  }
}

/** The name of the file a form sends, or of the one it checked before. */
function uploadedName(form: FormData): string | undefined {
  const file = form.get('file');
  return (file instanceof File && file.name) || String(form.get('fileName') ?? '') || undefined;
}

/**
 * Editors only, checked on the server for each step. A refusal keeps the note and the file's name;
 * the file itself a browser cannot be given back.
 */
const importStep = staffAction<ImportState>(
  {
    refuse: (form, message) => ({ status: 'error', message, note: String(form.get('note') ?? ''), fileName: uploadedName(form), attempt: crypto.randomUUID() }),
    denied: async () => (await getTranslations('import'))('sessionEnded'),
  },
  (user, form) => {
    const note = String(form.get('note') ?? '');
    return form.get('intent') === 'apply' ? apply(form, note, { id: user.id, name: user.name }) : check(form, note);
  },
);

/**
 * The import form's one action: "check" makes the dry run, "apply" writes it. It takes the form
 * alone, not the previous state (see components/import/import-form.tsx).
 */
export async function importAction(form: FormData): Promise<ImportState> {
  return importStep(idleImport, form);
}
