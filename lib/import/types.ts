// The shapes the CSV import passes around: problems with the file as a whole (worded later, in the
// reader's language, from `import.errors.*`) and the dry run's verdict on each row.
import type { Change } from '@/lib/editing/save';
import type { Entity, FieldErrors } from '@/lib/editing/types';

export const MAX_BYTES = 1024 * 1024;
export const MAX_ROWS = 5000;

export type FileProblemCode =
  | 'noFile'
  | 'empty'
  | 'tooLarge'
  | 'tooManyRows'
  | 'encoding'
  | 'unclosedQuote'
  | 'badQuote'
  | 'ragged'
  | 'malformed'
  | 'noRows'
  | 'duplicateColumns'
  | 'unknownKind'
  | 'missingColumns'
  | 'unknownColumns'
  | 'duplicateRows'
  | 'note';

/** A reason the whole file is refused, with what to name in the message (a line, columns, keys…). */
export type FileProblem = { code: FileProblemCode; params?: Record<string, string | number> };

/** The CSV as read: its header and its data rows, each with the row number a spreadsheet shows. */
export type CsvTable = { header: string[]; rows: Array<{ row: number; cells: string[] }> };

export type RowAction = 'create' | 'update' | 'unchanged' | 'rejected';

export type RowPlan = {
  /** The row number as a spreadsheet shows it (the citation line is 1, the header 2). */
  row: number;
  key: string;
  action: RowAction;
  /** The version the dry run saw (updates and unchanged rows), so apply refuses a record changed since. */
  version?: number;
  changes: Change[];
  errors: FieldErrors;
};

export type ImportPlan = {
  entity: Entity;
  rows: RowPlan[];
  counts: Record<RowAction, number>;
  /** A digest of the file, the note and every row's verdict: apply goes ahead only if it is unchanged. */
  digest: string;
};

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; problems: FileProblem[] };

export type ApplyResult =
  | { ok: true; plan: ImportPlan; applied: number }
  | { ok: false; reason: 'file'; problems: FileProblem[] }
  /** Rows are rejected: nothing can be applied until they are fixed. */
  | { ok: false; reason: 'rejected'; plan: ImportPlan; rows: Array<{ row: number; key: string }> }
  /** The register changed since the dry run the editor saw: here is the new one. */
  | { ok: false; reason: 'stale'; plan: ImportPlan }
  /** Another connection was writing (SQLite allows one writer): nothing was applied. */
  | { ok: false; reason: 'busy' }
  /** A row failed while applying (someone saved the record meanwhile): everything was rolled back. */
  | { ok: false; reason: 'failed'; plan: ImportPlan; row: number; key: string };
