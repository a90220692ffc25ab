// The API's answers as zod schemas: the OpenAPI document describes them with z.toJSONSchema, the
// routes type what they send with them, and the API test validates real answers against the document.
import { z } from 'zod';
import type { ListKind } from '@/lib/lists';
import { dealColumns } from '@/lib/records/deal';
import { findingColumns } from '@/lib/records/finding';
import { instrumentColumns } from '@/lib/records/instrument';
import { recommendationColumns } from '@/lib/records/recommendation';
import { sourceColumns } from '@/lib/records/source';
import { actorSchema, historyKinds, milestoneFields, recommendationStageSchema } from '@/lib/schemas/recommendation';
import { entities } from '@/lib/editing/types';

const instant = z.iso.datetime();

export const droppedSchema = z.array(z.object({ key: z.string(), value: z.string() }));

/** Every refusal: a sentence saying what to do, and the particulars where there are any. */
export const errorSchema = z.object({
  error: z.string(),
  dropped: droppedSchema.optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  accepted: z.array(z.string()).optional(),
  database: z.enum(['busy', 'read-only', 'unreachable']).optional(),
});

/** One value of an exported row, as the list's columns give it. */
const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const columnsOf: Record<ListKind, ReadonlyArray<{ name: string }>> = {
  deals: dealColumns,
  instruments: instrumentColumns,
  recommendations: recommendationColumns,
  sources: sourceColumns,
  findings: findingColumns,
};

/** A list's JSON export: its citation, the view, the count, the fields, then every row. */
export function exportSchema(kind: ListKind) {
  const row = z.strictObject(Object.fromEntries(columnsOf[kind].map((c) => [c.name, cellSchema.optional()])));
  return z.object({
    citation: z.object({ title: z.string(), url: z.string(), retrieved: z.string(), as_of: z.string().nullable(), text: z.string() }),
    view: z.object({ list: z.literal(kind), query: z.string(), description: z.string() }),
    total: z.int().min(0),
    fields: z.array(z.object({ name: z.string(), description: z.string() })),
    [kind]: z.array(row),
  });
}

/**
 * What a save changed; `field` names a milestone's edited field, `effectiveAt` the day a milestone
 * was done when the editor gave one, or the day of a response; `response` the id of the response
 * recorded or retired (see `responses`).
 */
const changeSchema = z.object({
  kind: z.enum(historyKinds),
  milestone: z.string().nullable(),
  response: z.int().nullable(),
  field: z.enum(milestoneFields).nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  effectiveAt: instant.nullable(),
});

/** GET /api/recommendations/{number}: the recommendation, its milestones, and one page of its history, a save at a time. */
export const recommendationDetailSchema = z.object({
  number: z.int().min(1).max(10),
  title: z.string(),
  summary: z.string(),
  stage: recommendationStageSchema,
  priority: z.boolean(),
  closureReason: z.string().nullable(),
  version: z.int().min(1),
  lastReviewedAt: instant.nullable(),
  actors: z.array(actorSchema),
  progress: z.object({ done: z.int(), total: z.int(), percent: z.int() }),
  milestones: z.array(z.object({ slug: z.string(), title: z.string(), actor: actorSchema, targetDate: instant.nullable(), doneAt: instant.nullable(), retiredAt: instant.nullable() })),
  /** Each actor's dated responses with their evidence, newest first; a retired one (recorded by mistake) has `retiredAt`. */
  responses: z.array(
    z.object({
      id: z.int().min(1),
      actor: actorSchema,
      respondedOn: z.iso.date(),
      position: z.string(),
      positionKo: z.string().nullable(),
      evidenceUrl: z.string(),
      recordedAt: instant,
      retiredAt: instant.nullable(),
    }),
  ),
  historyTotal: z.int().min(0),
  historyPage: z.int().min(1),
  historyPages: z.int().min(1),
  history: z.array(z.object({ version: z.int(), at: instant, author: z.string(), note: z.string(), evidenceUrl: z.string().nullable(), changes: z.array(changeSchema) })),
});

/** PATCH /api/recommendations/{number}, saved: the new version and how many changes it recorded. */
export const recommendationSavedSchema = z.object({ version: z.int().min(2), entries: z.int().min(1) });

/** PATCH refused as stale: what changed since the version sent, and where the recommendation stands now. */
export const recommendationConflictSchema = errorSchema.extend({
  currentVersion: z.int().min(1),
  since: z.array(
    z.object({
      version: z.int(),
      at: instant,
      authorName: z.string(),
      kind: z.enum(historyKinds),
      milestone: z.string().nullable(),
      response: z.int().nullable(),
      field: z.enum(milestoneFields).nullable(),
      fromValue: z.string().nullable(),
      toValue: z.string().nullable(),
      note: z.string(),
    }),
  ),
  current: z.object({ stage: recommendationStageSchema, doneMilestones: z.array(z.string()) }),
});

const titled = z.object({ slug: z.string(), title: z.string(), titleKo: z.string().nullable() });
const progress = z.object({ done: z.int(), total: z.int(), percent: z.int() });

/** GET /api/register/changes: the register's records that moved between two days (the first 500; `total` says how many in all). */
export const registerComparisonSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.int().min(0),
  records: z.array(
    z.object({
      entity: z.enum(entities),
      key: z.string(),
      created: z.boolean(),
      retired: z.boolean(),
      restored: z.boolean(),
      fields: z.array(z.string()),
      saves: z.int().min(1),
    }),
  ),
});

/** GET /api/recommendations/changes: every recommendation at the end of two days, and what moved in between. */
export const comparisonSchema = z.object({
  from: z.string(),
  to: z.string(),
  recommendations: z.array(
    z.object({
      number: z.int().min(1).max(10),
      title: z.string(),
      titleKo: z.string().nullable(),
      stage: z.object({ from: recommendationStageSchema, to: recommendationStageSchema }),
      priority: z.object({ from: z.boolean(), to: z.boolean() }),
      progress: z.object({ from: progress, to: progress }),
      done: z.array(titled),
      reopened: z.array(titled),
      added: z.array(titled),
      retired: z.array(titled),
      saves: z.int().min(0),
    }),
  ),
});

/** GET /api/health. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  app: z.literal('ok'),
  database: z.object({ status: z.string(), latencyMs: z.number() }),
  /** This instance's reads kept for readers: served from memory (hits) and read from the database (misses). */
  cache: z.object({ hits: z.int().min(0), misses: z.int().min(0) }),
  /** This instance's whole pages kept for readers: served as kept (hits) and rendered (misses). */
  pages: z.object({ hits: z.int().min(0), misses: z.int().min(0) }),
});
