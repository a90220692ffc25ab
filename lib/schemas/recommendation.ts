import { z } from 'zod';
import { characters, coded } from '@/lib/problems';
import { partialDateSchema, slugSchema, versionSchema } from './common';

export const actors = ['rok', 'eu', 'nato', 'industry'] as const;
export const actorSchema = z.enum(actors);
export type Actor = z.infer<typeof actorSchema>;

/** The tracker's stages, in the order a recommendation usually moves through them. */
export const recommendationStages = [
  'not-assessed',
  'not-started',
  'in-progress',
  'stalled',
  'partially-implemented',
  'implemented',
  'superseded',
] as const;
export const recommendationStageSchema = z.enum(recommendationStages);
export type RecommendationStage = z.infer<typeof recommendationStageSchema>;

/** What a history entry records: a stage move, a milestone ticked or unticked, or a review alone. */
export const historyKinds = ['stage', 'milestone', 'review'] as const;
/** A milestone history entry's from and to values. */
export const milestoneStates = ['open', 'done'] as const;

export const milestoneSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(3).max(300),
  titleKo: z.string().trim().max(300).optional(),
  actor: actorSchema,
  targetDate: partialDateSchema.optional(),
  doneDate: partialDateSchema.optional(),
});

export const recommendationSchema = z.object({
  number: z.int().min(1).max(10),
  title: z.string().trim().min(3).max(200),
  titleKo: z.string().trim().max(200).optional(),
  summary: z.string().trim().min(10).max(4000),
  summaryKo: z.string().trim().max(4000).optional(),
  actors: z.array(actorSchema).min(1),
  instrumentCodes: z.array(slugSchema).default([]),
  sourceSlugs: z.array(slugSchema).min(1),
  milestones: z.array(milestoneSchema).default([]),
});
export type RecommendationInput = z.input<typeof recommendationSchema>;

/**
 * A recommendation's number from a URL or a form: exactly "1" to "10", so "01", "1.0" and " 1" are
 * no number (a 404 or a refusal, never an error). Only 1–10 are recommendations.
 */
export function parseRecommendationNumber(raw: string): number | null {
  return /^(?:[1-9]|10)$/.test(raw) ? Number(raw) : null;
}

/**
 * One save on a recommendation: an optional stage move, milestones ticked or unticked, and a note
 * that every save must carry. The expected version makes a stale save fail instead of overwriting.
 */
export const recommendationChangeSchema = z.object({
  expectedVersion: versionSchema,
  stage: recommendationStageSchema.optional(),
  doneMilestones: z.array(slugSchema).max(50).optional(),
  // A form words a short note as the tracker's own problem, not as any short text (lib/problems.ts).
  note: z
    .string()
    .trim()
    .refine((v) => characters(v) >= 3, coded('note', 'Say what changed and why (at least 3 characters).', { min: 3 }))
    .max(2000),
  evidenceUrl: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: 'Give a full http(s) address.' }).optional()),
});
export type RecommendationChange = z.infer<typeof recommendationChangeSchema>;
