// Form errors are told apart by codes the schemas attach, never by the words of their messages.
import { describe, expect, it } from 'vitest';
import { zodProblems } from '@/lib/editing/values';
import { partialDateSchema, slugSchema } from '@/lib/schemas/common';
import { instrumentSchema } from '@/lib/records/instrument';
import { instruments } from '@/prisma/seed/data/instruments';

const codes = (result: { success: boolean; error?: { issues: import('zod').z.core.$ZodIssue[] } }) =>
  result.success ? [] : Object.values(zodProblems(result.error!.issues, (path) => String(path[0] ?? 'value'))).flat().map((p) => p.code);

describe('problem codes', () => {
  it('names a malformed date and a day that does not exist "date", a malformed slug "slug"', () => {
    expect(codes(partialDateSchema.safeParse('July 2024'))).toEqual(['date']);
    expect(codes(partialDateSchema.safeParse('2024-02-30'))).toEqual(['date']);
    expect(codes(partialDateSchema.safeParse('2023-02-29'))).toEqual(['date']);
    expect(codes(slugSchema.safeParse('Not A Slug'))).toEqual(['slug']);
  });

  it('accepts real days, months and years', () => {
    for (const ok of ['2024', '2024-07', '2024-02-29', '2025-12-31']) expect(partialDateSchema.safeParse(ok).success, ok).toBe(true);
  });

  it('names a period that ends before it starts "period", on its end', () => {
    const result = instrumentSchema.safeParse({ ...instruments[0], periodStart: 2030, periodEnd: 2020 });
    expect(result.success).toBe(false);
    const problems = zodProblems(result.error!.issues, (path) => String(path[0] ?? ''));
    expect(problems.periodEnd?.map((p) => p.code)).toContain('period');
  });

  it('still words the API in English: the messages are unchanged', () => {
    expect(partialDateSchema.safeParse('2024-02-30').error?.issues[0]?.message).toBe('That day does not exist.');
  });
});
