import { z } from 'zod';
import { characters, coded } from '@/lib/problems';
import { partialDateSchema, slugSchema, versionSchema } from './common';

import { actors } from './actors';

export { actors, type Actor } from './actors';
export const actorSchema = z.enum(actors);

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

/**
 * What a history entry records: a stage move, a milestone done or reopened, a review alone, and
 * the tracker's own upkeep: a milestone added, edited (`field` says which), retired or restored,
 * the milestones reordered, the priority flag, a closure reason; an actor's response recorded or
 * retired.
 */
export const historyKinds = ['stage', 'milestone', 'review', 'milestone-add', 'milestone-edit', 'milestone-retire', 'milestone-restore', 'order', 'priority', 'closure', 'response', 'response-retire'] as const;
export type HistoryKind = (typeof historyKinds)[number];
/** The fields of a milestone an edit may change, as a `milestone-edit` entry names them. */
export const milestoneFields = ['title', 'titleKo', 'actor', 'targetDate', 'doneAt'] as const;
export type MilestoneField = (typeof milestoneFields)[number];
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

/** A day ahead of UTC is still today somewhere (Seoul is UTC+9). */
const hasHappened = (day: string) => Date.parse(`${day}T00:00:00Z`) <= Date.now() + 24 * 60 * 60 * 1000;

/** A day that has happened: when a milestone was done (its effective date), never a future day. */
const pastDaySchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the day as YYYY-MM-DD.' })
  .pipe(partialDateSchema)
  .refine(hasHappened, coded('futureDay', 'A milestone cannot be done on a day still to come.'));

/** A milestone's target: a month or a day (`2027-06`, `2027-06-30`); null or "" clears it. */
const targetSchema = z.union([z.literal('').transform(() => null), z.null(), partialDateSchema.refine((s) => s.length >= 7, { error: 'Give at least the month: YYYY-MM.' })]);

const milestoneTitleSchema = z.string().trim().min(3, { error: 'Give the milestone a title of at least 3 characters.' }).max(300);

export const closureReasonSchema = z.string().trim().max(1000).transform((v) => v || undefined);

export const milestoneEditSchema = z.object({
  slug: slugSchema,
  title: milestoneTitleSchema.optional(),
  titleKo: z.string().trim().max(300).optional(),
  actor: actorSchema.optional(),
  targetDate: targetSchema.optional(),
  /** When it was done, for a milestone done (now or in this save); "" or null for today when it is ticked now. */
  doneOn: z.union([z.literal('').transform(() => null), z.null(), pastDaySchema]).optional(),
  retired: z.boolean().optional(),
});

export const newMilestoneSchema = z.object({
  title: milestoneTitleSchema,
  titleKo: z.string().trim().max(300).optional(),
  actor: actorSchema,
  targetDate: targetSchema.optional(),
});

/** Responses one save may record. */
export const MAX_NEW_RESPONSES = 5;

/**
 * An actor's response to record: who (one of the actors the recommendation addresses, checked by
 * the write path), the day it was given (its effective date, never a day to come), what it says,
 * and the link where the actor says it: a response without its source is no record.
 */
export const newResponseSchema = z.object({
  actor: actorSchema,
  respondedOn: z
    .string()
    .trim()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && partialDateSchema.safeParse(s).success, coded('date', 'Write the day as YYYY-MM-DD.'))
    .refine(hasHappened, coded('futureResponse', 'A response cannot be dated on a day still to come.')),
  position: z
    .string()
    .trim()
    .refine((v) => characters(v) >= 3, coded('tooShort', "Give the actor's position or response (at least 3 characters).", { min: 3 }))
    .max(2000),
  positionKo: z.string().trim().max(2000).optional().transform((v) => v || undefined),
  evidenceUrl: z.string().trim().min(1, { error: 'Link where the actor states it.' }).max(500).pipe(z.url({ protocol: /^https?$/, error: 'Give a full http(s) address.' })),
});

/** Stages that close a recommendation: moving to one records why. */
export const closingStages = ['implemented', 'superseded'] as const satisfies readonly RecommendationStage[];

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
  /** Flag or unflag the recommendation as a priority. */
  priority: z.boolean().optional(),
  /** Why it closes: required with a move to implemented or superseded. */
  closureReason: closureReasonSchema.optional(),
  /** Edits to existing milestones, by slug: only the fields given change. */
  milestones: z.array(milestoneEditSchema).max(50).optional(),
  /** The active milestones' slugs in their new order: every active milestone, once. */
  order: z.array(slugSchema).max(50).optional(),
  /** Milestones to add, after the existing ones. */
  addMilestones: z.array(newMilestoneSchema).max(10).optional(),
  /** Actors' responses to record, each dated and with its evidence. */
  addResponses: z.array(newResponseSchema).max(MAX_NEW_RESPONSES).optional(),
  /** Responses to retire (recorded by mistake), by id: kept, no longer shown as the actor's position. */
  retireResponses: z.array(z.int().min(1)).max(50).optional(),
});
export type RecommendationChange = z.infer<typeof recommendationChangeSchema>;
export type MilestoneEdit = z.infer<typeof milestoneEditSchema>;
export type NewMilestone = z.infer<typeof newMilestoneSchema>;
export type NewResponse = z.infer<typeof newResponseSchema>;
