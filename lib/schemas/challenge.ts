import { z } from 'zod';
import { slugSchema } from './common';

export const challengeSchema = z.object({
  slug: slugSchema,
  number: z.int().min(1).max(20),
  title: z.string().trim().min(3).max(200),
  titleKo: z.string().trim().max(200).optional(),
  summary: z.string().trim().min(10).max(4000),
  summaryKo: z.string().trim().max(4000).optional(),
  instrumentCodes: z.array(slugSchema).default([]),
  recommendationNumbers: z.array(z.int().min(1).max(10)).default([]),
  sourceSlugs: z.array(slugSchema).min(1),
});
export type ChallengeInput = z.input<typeof challengeSchema>;
