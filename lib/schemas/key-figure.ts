import { z } from 'zod';
import { slugSchema } from './common';

export const keyFigureSchema = z.object({
  slug: slugSchema,
  label: z.string().trim().min(3).max(200),
  labelKo: z.string().trim().max(200).optional(),
  value: z.number().finite(),
  /** An ISO 4217 currency code, or what is counted. */
  unit: z.string().trim().min(1).max(40),
  valueText: z.string().trim().min(1).max(120),
  year: z.int().min(1949).max(2100).optional(),
  sourceSlug: slugSchema,
  /** The paper's sentence that states the figure, verbatim. */
  quote: z.string().trim().min(10).max(1000),
});
export type KeyFigureInput = z.input<typeof keyFigureSchema>;
