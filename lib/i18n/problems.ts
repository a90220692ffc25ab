// The one place where form problems (lib/problems.ts) become words: every form, the record editor,
// the tracker, the account forms and the CSV import's report, words its codes here.
import type { FieldErrors, FieldProblem } from '@/lib/problems';
import { translatorFor } from './translator';

/** One problem in the reader's language; a status a recommendation cannot move between is named too. */
export function wordProblem(problem: FieldProblem, locale: string): string {
  const t = translatorFor(locale, 'formErrors');
  const params = { ...problem.params };
  if (problem.code === 'cannotMove') {
    const stages = translatorFor(locale, 'vocab.recommendationStage');
    params.from = stages(String(params.from));
    params.to = stages(String(params.to));
  }
  return t(problem.code, params);
}

/** All field problems in the reader's language, each wording once per field. */
export function wordProblems(errors: FieldErrors, locale: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([field, problems]) => [field, [...new Set(problems.map((p) => wordProblem(p, locale)))]]));
}
