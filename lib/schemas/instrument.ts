import { z } from 'zod';
import { currencySchema, slugSchema } from './common';

export const instrumentOwners = ['EU', 'NATO'] as const;
export const instrumentOwnerSchema = z.enum(instrumentOwners);

export const instrumentKinds = [
  'grant-fund',
  'industrial-programme',
  'loan-facility',
  'accelerator',
  'venture-fund',
  'research-programme',
  'partnership-framework',
] as const;
export const instrumentKindSchema = z.enum(instrumentKinds);

/**
 * How far South Korea can take part, from most to least direct. The plain-language definitions
 * live with the interface text (messages/*.json, `accessLevel.*.definition`).
 */
export const accessLevels = ['associated', 'conditional', 'restricted', 'dialogue', 'undetermined'] as const;
export const accessLevelSchema = z.enum(accessLevels);
export type AccessLevel = z.infer<typeof accessLevelSchema>;

export const instrumentSchema = z
  .object({
    code: slugSchema,
    acronym: z.string().trim().min(2).max(20),
    name: z.string().trim().min(3).max(200),
    nameKo: z.string().trim().max(200).optional(),
    owner: instrumentOwnerSchema,
    kind: instrumentKindSchema,
    budget: z
      .object({
        amount: z.number().positive().finite(),
        currency: currencySchema,
        text: z.string().trim().min(1).max(120),
        sourceSlug: slugSchema,
      })
      .optional(),
    periodStart: z.int().min(1949).max(2100).optional(),
    periodEnd: z.int().min(1949).max(2100).optional(),
    thirdCountryTerms: z.string().trim().min(3).max(4000),
    accessLevel: accessLevelSchema,
    accessNote: z.string().trim().min(3).max(4000),
    accessNoteKo: z.string().trim().max(4000).optional(),
    summary: z.string().trim().min(10).max(4000),
    summaryKo: z.string().trim().max(4000).optional(),
    sourceSlugs: z.array(slugSchema).min(1, { error: 'Every instrument needs at least one source.' }),
  })
  .refine((i) => !i.periodStart || !i.periodEnd || i.periodStart <= i.periodEnd, {
    error: 'The period cannot end before it starts.',
    params: { code: 'period' },
    path: ['periodEnd'],
  });
export type InstrumentInput = z.input<typeof instrumentSchema>;
