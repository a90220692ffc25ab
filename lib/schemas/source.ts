import { z } from 'zod';
import { httpUrlSchema, partialDateSchema, slugSchema } from './common';

export const sourceKinds = [
  'paper',
  'article',
  'press-release',
  'policy-brief',
  'commentary',
  'legislation',
  'official-document',
] as const;
export const sourceKindSchema = z.enum(sourceKinds);

export const sourceSchema = z.object({
  slug: slugSchema,
  kind: sourceKindSchema,
  authors: z.string().trim().max(300).optional(),
  title: z.string().trim().min(3).max(400),
  publisher: z.string().trim().max(200).optional(),
  publishedOn: partialDateSchema.optional(),
  url: httpUrlSchema.optional(),
  note: z.string().trim().max(1000).optional(),
  /** Footnote numbers in the paper that cite this work. */
  footnotes: z.array(z.int().min(1).max(99)).default([]),
});
export type SourceInput = z.input<typeof sourceSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
