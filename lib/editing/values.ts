// Turning records into flat values and back, the same way the CSV export writes them.
import type { Cell } from '@/lib/records/column';
import type { FieldErrors, Values } from './types';

/** zod issues as field problems: defined with the problem codes (lib/problems.ts). */
export { zodProblems } from '@/lib/problems';

/** A cell as a value: lists joined with "; ", booleans as true/false, nothing as empty. No formula guard. */
export function valueOf(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell)) return cell.join('; ');
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell as string;
}

export const text = (value: string | undefined) => (value ?? '').trim();
export const optionalText = (value: string | undefined) => text(value) || undefined;

/** "true"/"false" (also yes/no, 1/0, on for a ticked checkbox); anything else is an error. */
export function parseBoolean(value: string | undefined, field: string, errors: FieldErrors): boolean {
  const v = text(value).toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', ''].includes(v)) return false;
  (errors[field] ??= []).push({ code: 'boolean' });
  return false;
}

/** A number, or undefined when empty; NaN (reported) when it is not one. */
export function parseNumber(value: string | undefined, field: string, errors: FieldErrors): number | undefined {
  const v = text(value).replace(/[\s_,]/g, '');
  if (!v) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) (errors[field] ??= []).push({ code: 'number' });
  return n;
}

export function mergeErrors(...all: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const errors of all) for (const [field, problems] of Object.entries(errors)) (merged[field] ??= []).push(...problems);
  return merged;
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

/** The fields whose values differ, with both sides. */
export function diffValues(before: Values, after: Values, fields: readonly string[]): Array<{ field: string; from: string; to: string }> {
  return fields.filter((f) => (before[f] ?? '') !== (after[f] ?? '')).map((field) => ({ field, from: before[field] ?? '', to: after[field] ?? '' }));
}
