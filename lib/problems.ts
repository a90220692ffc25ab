// Form problems as codes: what is wrong with a field, never words. zod issues become codes here,
// a schema naming its own code where zod's kind of issue says too little; lib/i18n/problems.ts
// words them in the reader's language. The schemas' English messages are for the API and the CLI.
import type { z } from 'zod';
import { PARTIAL_DATE } from '@/lib/schemas/common';

export const problemCodes = [
  'required',
  'tooShort',
  'tooLong',
  'choose',
  'slug',
  'date',
  'number',
  'boolean',
  'url',
  'email',
  'needsSource',
  'needsAmount',
  'unknown',
  'exists',
  'period',
  'pairs',
  'password',
  'newPassword',
  'name',
  'note',
  'emailTaken',
  'evidenceRequired',
  'cannotMove',
  'milestones',
  'closureRequired',
  'milestoneOrder',
  'retiredMilestones',
  'futureDay',
  'futureResponse',
  'responseActor',
  'responses',
  'notInPaper',
  'claimSource',
  'claimQuote',
  'claimReason',
  'claimAnchor',
  'claimOrphan',
  'linkBasis',
  'rowParts',
  'invalid',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** A problem with one field, as a code and its parameters, worded in the reader's language later. */
export type FieldProblem = { code: ProblemCode; params?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldProblem[]>;

const known = new Set<unknown>(problemCodes);
const isProblemCode = (value: unknown): value is ProblemCode => known.has(value);

/**
 * The options of a schema's own check (`.refine`) that names its problem `code`, with `params` for
 * its words; `error` stays the English the API and the command line show.
 */
export function coded(code: ProblemCode, error: string, params: Record<string, string | number> = {}) {
  return { error, params: { ...params, code } };
}

/** Characters as zod's own length checks count them: code points, not UTF-16 units. */
export const characters = (value: string) => [...value].length;

/** zod issues as field problems, each path mapped to the form field it belongs to; each code once per field. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], fieldOf: (path: PropertyKey[]) => string = (path) => String(path[0] ?? '')): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    const problem = problemOf(issue);
    const list = (errors[field] ??= []);
    if (!list.some((p) => p.code === problem.code)) list.push(problem);
  }
  return errors;
}

export function problemOf(issue: z.core.$ZodIssue): FieldProblem {
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
      if (issue.format === 'url') return { code: 'url' };
      if (issue.format === 'email') return { code: 'email' };
      return issue.format === 'regex' && issue.pattern === String(PARTIAL_DATE) ? { code: 'date' } : { code: 'slug' };
    case 'custom': {
      // A schema's own check names its problem in params.code (see `coded`).
      const { code, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      if (!isProblemCode(code)) return { code: 'invalid' };
      return Object.keys(params).length ? { code, params } : { code };
    }
    default:
      return { code: 'invalid' };
  }
}
