// The shared parts of the form actions: a refused form comes back with all its field errors worded
// in the reader's language and the values as typed; a database that takes no change refuses the
// form the same way.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { signInSchema } from '@/lib/schemas/user';

// A Korean reader's request: the action words through the same catalogues as the pages.
vi.mock('next-intl/server', async () => {
  const { translatorFor } = await import('@/lib/i18n/translator');
  return { getLocale: async () => 'ko', getTranslations: async (namespace: string) => translatorFor('ko', namespace) };
});

const read = (form: FormData) => ({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describe('validatedAction', () => {
  it('refuses with every field’s problem worded, the values kept and the password never echoed', async () => {
    const work = vi.fn(async () => ({ status: 'saved' as const }));
    const action = validatedAction(signInSchema, read, work);
    const state = await action({ status: 'idle' }, formOf({ email: 'nobody', password: '', next: '/deals' }));
    expect(work).not.toHaveBeenCalled();
    expect(state).toMatchObject({
      status: 'error',
      fieldErrors: { email: ['올바른 이메일 주소를 입력하세요.'], password: ['비밀번호를 입력하세요.'] },
      values: { email: 'nobody', next: '/deals' },
    });
    expect(state.message).toBeUndefined();
    expect(state.values).not.toHaveProperty('password');
    expect(state.attempt).toEqual(expect.any(String));
  });

  it('says "some fields need attention" above the form when asked to', async () => {
    const action = validatedAction(z.object({ name: z.string().trim().min(2) }), (form) => ({ name: String(form.get('name') ?? '') }), vi.fn(), { summary: true });
    const state = await action({ status: 'idle' }, formOf({ name: 'x' }));
    expect(state).toMatchObject({ status: 'error', message: '확인이 필요한 항목이 있습니다.', fieldErrors: { name: ['2자 이상 입력하세요.'] } });
  });

  it('runs the work with the parsed data', async () => {
    const work = vi.fn(async (data: z.output<typeof signInSchema>) => ({ status: 'saved' as const, message: data.email }));
    const state = await validatedAction(signInSchema, read, work)({ status: 'idle' }, formOf({ email: ' Ed@Example.org ', password: 'secret' }));
    expect(state).toEqual({ status: 'saved', message: 'ed@example.org' });
  });

  it('answers a database that cannot be reached with the form again, and lets other errors through', async () => {
    const unreachable = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const refused = await validatedAction(signInSchema, read, () => Promise.reject(unreachable))({ status: 'idle' }, formOf({ email: 'ed@example.org', password: 'secret' }));
    expect(refused).toMatchObject({ status: 'error', message: expect.stringContaining('데이터베이스'), values: { email: 'ed@example.org' } });
    const bug = validatedAction(signInSchema, read, () => Promise.reject(new Error('a bug')));
    await expect(bug({ status: 'idle' }, formOf({ email: 'ed@example.org', password: 'secret' }))).rejects.toThrow('a bug');
  });
});
