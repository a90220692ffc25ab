// Every form problem is a code, worded by one function in English and Korean: the record editor's,
// the sign-in and new-user forms' and the tracker's alike. Codes come from zod's kind of issue or
// from the schema itself, never from the words of a message.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { wordProblem, wordProblems } from '@/lib/i18n/problems';
import { type FieldProblem, problemCodes, zodProblems } from '@/lib/problems';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { newUserSchema, signInSchema } from '@/lib/schemas/user';
import { changeProblems, problemFieldErrors } from '@/lib/tracker/change';

/** Each field's problem codes, as a form gets them. */
function codes(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(Object.entries(zodProblems(result.error.issues)).map(([field, problems]) => [field, problems.map((p) => p.code)]));
}

/** A form's words for `input`: each field's problems in `locale`. */
function words(schema: z.ZodType, input: unknown, locale: string): Record<string, string[]> {
  const result = schema.safeParse(input);
  return result.success ? {} : wordProblems(zodProblems(result.error.issues), locale);
}

const change = { expectedVersion: '1', doneMilestones: [], note: 'Reviewed again.' };

describe('the wording of problem codes', () => {
  // Parameters any message may ask for; a stage for the two a recommendation cannot move between.
  const params = { min: 3, max: 20, values: 'no-such-firm', from: 'not-started', to: 'implemented', found: 'chapter-1-p1' };

  it.each(['en', 'ko'])('words every code in %s, with no placeholder left over', (locale) => {
    for (const code of problemCodes) {
      const text = wordProblem({ code, params }, locale);
      expect(text, code).not.toBe(`formErrors.${code}`);
      expect(text, code).not.toMatch(/[{}]/);
      expect(text.trim(), code).not.toBe('');
    }
  });

  it('gives each code its own English words: two codes worded alike would be one problem', () => {
    // (Korean says "at least {min} characters" alike for any text and a new password.)
    const all = problemCodes.map((code) => wordProblem({ code, params }, 'en'));
    expect(new Set(all).size).toBe(all.length);
  });

  it('words the parameters of a code', () => {
    expect(wordProblem({ code: 'tooShort', params: { min: 3 } }, 'en')).toBe('Write at least 3 characters.');
    expect(wordProblem({ code: 'tooLong', params: { max: 200 } }, 'ko')).toBe('200자 이내로 입력하세요.');
    expect(wordProblem({ code: 'unknown', params: { values: 'no-such-firm' } }, 'en')).toBe('Not in the register: no-such-firm.');
  });

  it('names the statuses a recommendation cannot move between in the reader’s language', () => {
    const problem: FieldProblem = { code: 'cannotMove', params: { from: 'not-started', to: 'implemented' } };
    expect(wordProblem(problem, 'en')).toBe('A recommendation cannot move from “Not started” to “Implemented”.');
    expect(wordProblem(problem, 'ko')).toBe('‘미착수’에서 ‘이행 완료’ 현황으로는 바꿀 수 없습니다.');
  });

  it('words each field’s problems, each wording once', () => {
    const errors = { note: [{ code: 'note', params: { min: 3 } }, { code: 'note', params: { min: 3 } }], stage: [{ code: 'choose' }] } satisfies Record<string, FieldProblem[]>;
    expect(wordProblems(errors, 'en')).toEqual({ note: ['Say what changed and why (at least 3 characters).'], stage: ['Choose one of the options.'] });
  });
});

describe('sign-in problems', () => {
  it('marks an empty email and password, each with its own code', () => {
    expect(codes(signInSchema, { email: '', password: '' })).toEqual({ email: ['email'], password: ['password'] });
  });

  it('words them as the form always has, in English and Korean', () => {
    expect(words(signInSchema, { email: 'not an address', password: '' }, 'en')).toEqual({ email: ['Enter a valid email address.'], password: ['Enter your password.'] });
    expect(words(signInSchema, { email: '', password: '' }, 'ko')).toEqual({ email: ['올바른 이메일 주소를 입력하세요.'], password: ['비밀번호를 입력하세요.'] });
  });

  it('says an overlong password is too long, not missing', () => {
    expect(codes(signInSchema, { email: 'ed@example.org', password: 'x'.repeat(201) })).toEqual({ password: ['tooLong'] });
  });
});

describe('new-user problems', () => {
  it('names a short password, a missing name and a malformed email', () => {
    expect(codes(newUserSchema, { email: 'nobody', name: ' A ', role: 'editor', password: 'short' })).toEqual({ email: ['email'], name: ['name'], password: ['newPassword'] });
  });

  it('words them with the length a password needs', () => {
    const input = { email: 'new.editor@ties.test', name: 'Noa Editor', role: 'editor', password: 'short' };
    expect(words(newUserSchema, input, 'en')).toEqual({ password: ['Use at least 12 characters.'] });
    expect(words(newUserSchema, input, 'ko')).toEqual({ password: ['12자 이상 입력하세요.'] });
    expect(words(newUserSchema, { ...input, name: '' }, 'en')).toMatchObject({ name: ['Enter a name.'] });
  });

  it('counts characters as zod does, so a password of twelve emoji is long enough', () => {
    expect(newUserSchema.safeParse({ email: 'a@b.org', name: 'Noa', role: 'editor', password: '🔑'.repeat(12) }).success).toBe(true);
    expect(codes(newUserSchema, { email: 'a@b.org', name: 'Noa', role: 'editor', password: '🔑'.repeat(11) })).toEqual({ password: ['newPassword'] });
  });
});

describe('tracker problems', () => {
  it('names a short note, a malformed link and an unknown status', () => {
    expect(codes(recommendationChangeSchema, { ...change, note: ' ab ', evidenceUrl: 'javascript:alert(1)', stage: 'done-ish' })).toEqual({
      note: ['note'],
      evidenceUrl: ['url'],
      stage: ['choose'],
    });
  });

  it('words a short note with its minimum, in English and Korean', () => {
    expect(words(recommendationChangeSchema, { ...change, note: 'no' }, 'en')).toEqual({ note: ['Say what changed and why (at least 3 characters).'] });
    expect(words(recommendationChangeSchema, { ...change, note: '아니' }, 'ko')).toEqual({ note: ['무엇이 왜 바뀌었는지 3자 이상 적어 주세요.'] });
  });

  it('puts a refused change’s reason on its field as a code', () => {
    expect(changeProblems({ kind: 'evidence-required' })).toEqual({ evidenceUrl: [{ code: 'evidenceRequired' }] });
    expect(changeProblems({ kind: 'unknown-milestones', slugs: ['x'] })).toEqual({ doneMilestones: [{ code: 'milestones' }] });
    expect(changeProblems({ kind: 'cannot-move', from: 'not-started', to: 'implemented' })).toEqual({ stage: [{ code: 'cannotMove', params: { from: 'not-started', to: 'implemented' } }] });
    expect(wordProblems(changeProblems({ kind: 'evidence-required' }), 'ko')).toEqual({ evidenceUrl: ['이 현황으로 바꾸려면 근거 링크를 입력하세요.'] });
  });

  it('leaves the API its English: the schemas’ messages and the refusals it reports are unchanged', () => {
    expect(problemFieldErrors({ kind: 'unknown-milestones', slugs: ['a', 'b'] })).toEqual({ doneMilestones: ['Unknown milestones: a, b'] });
    const note = recommendationChangeSchema.safeParse({ ...change, note: '' });
    expect(note.error?.issues.map((i) => i.message)).toEqual(['Say what changed and why (at least 3 characters).']);
    const password = newUserSchema.safeParse({ email: 'a@b.org', name: 'Noa', role: 'editor', password: 'short' });
    expect(password.error?.issues.map((i) => i.message)).toEqual(['Use at least 12 characters.']);
    const signIn = signInSchema.safeParse({ email: 'a@b.org', password: '' });
    expect(signIn.error?.issues.map((i) => i.message)).toEqual(['Enter your password.']);
  });
});
