// The dry run: what each row of a CSV would do to the register (create, update, nothing, or be
// rejected and why), through the same validation and reference checks as the editing forms.
import { createHash } from 'node:crypto';
import { MIN_NOTE, planSave } from '@/lib/editing/save';
import type { Db, Values } from '@/lib/editing/types';
import { type Layout, layoutOf } from './kinds';
import { readCsv } from './read-csv';
import { type Pause, slicer } from './slices';
import type { CsvTable, FileProblem, ImportPlan, PlanResult, RowAction, RowPlan } from './types';

/** A row as the editor's values: its cells, and the record's own values for fields the file lacks. */
function rowValues(layout: Layout, cells: string[], existing: Values | null): Values {
  const values: Values = {};
  for (const field of layout.editor.fields) values[field.name] = existing?.[field.name] ?? '';
  layout.fieldOfColumn.forEach((field, i) => {
    if (field) values[field] = cells[i] ?? '';
  });
  return values;
}

/** Keys that more than one row gives, each with its rows: the file would say two things about one record. */
function duplicateKeys(layout: Layout, table: CsvTable): FileProblem[] {
  const column = layout.fieldOfColumn.indexOf(layout.keyField);
  const rowsByKey = new Map<string, number[]>();
  for (const { row, cells } of table.rows) {
    const key = (cells[column] ?? '').trim();
    if (key) rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row]);
  }
  return [...rowsByKey]
    .filter(([, rows]) => rows.length > 1)
    .slice(0, 20)
    .map(([key, rows]) => ({ code: 'duplicateRows' as const, params: { key, rows: rows.join(', ') } }));
}

/** A row's verdict, and the values a save of it would write. */
type RowWork = { plan: RowPlan; values: Values };

async function planRow(db: Db, layout: Layout, row: number, cells: string[], note: string): Promise<RowWork> {
  const { editor, keyField } = layout;
  const key = (cells[layout.fieldOfColumn.indexOf(keyField)] ?? '').trim();
  const existing = key ? await editor.load(db, key) : null;
  const values = rowValues(layout, cells, existing ? editor.toValues(existing) : null);
  const plan = await planSave(db, editor, { key: existing ? key : null, values, note });
  const version = existing ? editor.versionOf(existing) : undefined;
  if (!plan.ok) {
    const errors = plan.reason === 'invalid' ? plan.errors : { [keyField]: [{ code: 'unknown' as const, params: { values: key } }] };
    return { values, plan: { row, key, action: 'rejected', version, changes: [], errors } };
  }
  const action: RowAction = !existing ? 'create' : plan.changes.length ? 'update' : 'unchanged';
  return { values, plan: { row, key, action, version, changes: plan.changes, errors: {} } };
}

/** A digest of the file, the note and every row's verdict, hashed a row at a time between pauses. */
export async function planDigest(entity: string, text: string, note: string, rows: RowPlan[], pause: Pause = slicer()): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ entity, note: note.trim(), file: createHash('sha256').update(text).digest('hex') }));
  for (const row of rows) {
    await pause();
    hash.update(`\n${JSON.stringify(row)}`);
  }
  return hash.digest('hex');
}

export type PlanWork = { ok: true; plan: ImportPlan; layout: Layout; work: RowWork[] } | { ok: false; problems: FileProblem[] };

/**
 * The dry run with what apply needs besides: the editor and each row's values. Its work (reading,
 * validating and checking every row) pauses between steps, so other requests are answered meanwhile.
 */
export async function planWork(db: Db, text: string, note: string, pause: Pause = slicer()): Promise<PlanWork> {
  const problems: FileProblem[] = [];
  if (note.trim().length < MIN_NOTE) problems.push({ code: 'note', params: { min: MIN_NOTE } });
  const read = await readCsv(text, pause);
  if (!read.ok) return { ok: false, problems: [read.problem, ...problems] };
  const layout = layoutOf(read.table.header);
  if (!layout.ok) return { ok: false, problems: [...layout.problems, ...problems] };
  problems.push(...duplicateKeys(layout.layout, read.table));
  if (problems.length) return { ok: false, problems };

  const work: RowWork[] = [];
  // One row after another: SQLite serves one query at a time anyway, and the order is the file's.
  for (const { row, cells } of read.table.rows) {
    await pause();
    work.push(await planRow(db, layout.layout, row, cells, note));
  }
  const rows = work.map((w) => w.plan);
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, rejected: 0 };
  for (const r of rows) counts[r.action] += 1;
  const entity = layout.layout.editor.entity;
  return { ok: true, plan: { entity, rows, counts, digest: await planDigest(entity, text, note, rows, pause) }, layout: layout.layout, work };
}

/** The dry run of a CSV's text: every row's verdict, or why the file as a whole is refused. */
export async function planImport(db: Db, text: string, note: string, pause: Pause = slicer()): Promise<PlanResult> {
  const result = await planWork(db, text, note, pause);
  return result.ok ? { ok: true, plan: result.plan } : result;
}
