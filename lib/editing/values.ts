// Turning records into flat values and back, the same way the CSV export writes them.
import type { Cell } from '@/lib/records/column';
import type { z } from 'zod';
import { PARTIAL_DATE } from '@/lib/schemas/common';
import type { FieldErrors, FieldProblem, ProblemCode, Values } from './types';

/** The codes a schema's refine may attach (lib/schemas: dates that do not exist, periods that end first). */
const CUSTOM_CODES = new Set<unknown>(['date', 'period'] satisfies ProblemCode[]);

/** A cell as a value: lists joined with "; ", booleans as true/false, nothing as empty. No formula guard. */
export function valueOf(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell)) return cell.join('; ');
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell as string;
}

/** "a; b;; c " → ["a", "b", "c"] */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
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

/** zod issues as field problems, each path mapped to the form field it belongs to. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], fieldOf: (path: PropertyKey[]) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    const problem = problemOf(issue);
    const list = (errors[field] ??= []);
    if (!list.some((p) => p.code === problem.code)) list.push(problem);
  }
  return errors;
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { code: 'required' } : { code: 'tooShort', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array') return { code: 'required' };
      return { code: 'number' };
    case 'too_big':
      return issue.origin === 'string' ? { code: 'tooLong', params: { max: Number(issue.maximum) } } : { code: 'number' };
    case 'invalid_value':
      return { code: 'choose' };
    case 'invalid_type':
      return issue.expected === 'number' ? { code: 'number' } : { code: 'required' };
    case 'invalid_format':
      return issue.format === 'url' ? { code: 'url' } : issue.format === 'regex' && issue.pattern === String(PARTIAL_DATE) ? { code: 'date' } : { code: 'slug' };
    case 'custom':
      // A schema's own check names its problem in params.code (the English message is for the API).
      return CUSTOM_CODES.has(issue.params?.code) ? { code: issue.params?.code } : { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
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
