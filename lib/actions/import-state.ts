// What the import form's actions return to `useActionState`: the dry run worded in the reader's
// language, and what the confirm step sends back (the file's text, the note, the plan's digest).
import type { RowAction } from '@/lib/import/types';

export type ReportLine = { field: string; from?: string; to?: string; problem?: string };
export type ReportRow = { row: number; key: string; action: RowAction; href?: string; lines: ReportLine[] };
export type ImportReport = {
  entity: string;
  kind: string;
  counts: Record<RowAction, number>;
  rows: ReportRow[];
  /** The report's words that depend on its counts, worded on the server. */
  words: { heading?: string; apply: string; caption: string; counts: Record<RowAction, string>; actions: Record<RowAction, string> };
};

/** The form's fixed words, translated on the server by the page, so the browser needs no catalogue. */
export type ImportLabels = {
  file: string;
  fileHelp: string;
  note: string;
  noteHelp: string;
  check: string;
  checkAgain: string;
  tooLarge: string;
  table: { countsLabel: string; row: string; key: string; action: string; details: string; from: string; to: string; empty: string };
};

export type ImportState = {
  status: 'idle' | 'error' | 'checked' | 'applied';
  message?: string;
  /** Why the file as a whole is refused, one sentence each. */
  problems?: string[];
  noteError?: string;
  note?: string;
  fileName?: string;
  /**
   * The report as JSON text ({@link readReport} reads it). React would take a quarter of a second,
   * in one piece, to serialise 5,000 rows' worth of objects for the browser; a string it copies.
   */
  report?: string;
  /** For the confirm step: the text that was checked and the digest of its dry run. */
  csv?: string;
  digest?: string;
  /** New on every answer, so the form remounts with the kept note as its default. */
  attempt?: string;
};

export const idleImport: ImportState = { status: 'idle' };

/** The report an answer carries, if any. */
export function readReport(state: ImportState): ImportReport | undefined {
  return state.report ? (JSON.parse(state.report) as ImportReport) : undefined;
}
