// A deal's lifecycle events (the timeline on its page), each a dated step with its own source. In the
// form, the CSV and a revision they are one value, a line per event (lib/editing/rows.ts):
//   2024-07 | contract | ng-2024-hanwha-romanian-k9 | Hanwha confirms the purchase. | 한화가 구매를 확정했다.
// A problem with an event is reported on its own part: `events.2.date` is the date of the second.
import { z } from 'zod';
import type { Db, FieldErrors } from '@/lib/editing/types';
import { joinRows, splitRows } from '@/lib/editing/rows';
import { type DatePrecision, formatPartialDate, parsePartialDate, partialDateSchema, slugSchema } from '@/lib/schemas/common';
import { dealStageSchema, dealStages } from '@/lib/schemas/deal';
import type { Field, Refs } from './fields';

export const dealEventSchema = z.object({
  stage: dealStageSchema,
  date: partialDateSchema,
  description: z.string().trim().min(3).max(1000),
  descriptionKo: z.string().trim().max(1000).optional(),
  sourceSlug: slugSchema,
});
export type DealEventData = z.output<typeof dealEventSchema>;

/** An event as stored, with its source's slug: what the editor and the export read. */
export type StoredDealEvent = { stage: string; date: Date; datePrecision: string; description: string; descriptionKo: string | null; source: { slug: string } };

/** The parts of an event's line, in order, by the names its problems are reported under. */
export const eventParts = ['date', 'stage', 'source', 'description', 'description_ko'] as const;
const keyOfPart = { date: 'date', stage: 'stage', source: 'sourceSlug', description: 'description', description_ko: 'descriptionKo' } as const;
const required = ['date', 'stage', 'source', 'description'] as const;

/** The flat name of one part of the `n`th event (from 1). */
export const eventField = (n: number, part: (typeof eventParts)[number]) => `events.${n}.${part}`;

const line = (e: { date: string; stage: string; sourceSlug: string; description: string; descriptionKo?: string | null }) => [e.date, e.stage, e.sourceSlug, e.description, e.descriptionKo ?? ''];

export const dealEvents = <Stored extends { events: readonly StoredDealEvent[] }, Row>(): Field<z.ZodDefault<z.ZodArray<typeof dealEventSchema>>, Stored, Row> => ({
  schema: z.array(dealEventSchema).default([]),
  // The second part's choices are the stages; the first's (the sources) come from the register.
  flat: [{ name: 'events', kind: 'events', parts: eventParts, secondOptions: dealStages, secondVocab: 'vocab.dealStage', laterColumn: true }],
  read(values, errors: FieldErrors) {
    return splitRows(values.events).map((parts, i) => {
      if (parts.length > eventParts.length) (errors[`events.${i + 1}`] ??= []).push({ code: 'rowParts', params: { max: eventParts.length } });
      const [date = '', stage = '', sourceSlug = '', description = '', descriptionKo = ''] = parts;
      const given = { date, stage, source: sourceSlug, description };
      for (const part of required) if (!given[part]) (errors[eventField(i + 1, part)] ??= []).push({ code: 'required' });
      return { date, stage, sourceSlug, description, descriptionKo: descriptionKo || undefined };
    });
  },
  write: (events) => ({ events: joinRows(events.map(line)) }),
  cells: (d) => ({ events: joinRows(d.events.map((e) => line({ ...e, date: formatPartialDate(e.date, e.datePrecision as DatePrecision), sourceSlug: e.source.slug }))) }),
  // A table of its own, written by `writeDealEvents`.
  row: () => ({}),
  fieldOf([index, key]) {
    if (index === undefined) return 'events';
    const part = eventParts.find((p) => keyOfPart[p] === key) ?? 'date';
    return eventField(Number(index) + 1, part);
  },
});

/** The sources a deal's events cite, to check and to look up. */
export const eventSources = (events: readonly DealEventData[]) => events.map((e) => e.sourceSlug);

/** A deal's events, each a problem on its own source where the register lacks it. */
export function eventReferences(events: readonly DealEventData[], missing: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  events.forEach((e, i) => {
    if (missing.includes(e.sourceSlug)) errors[eventField(i + 1, 'source')] = [{ code: 'unknown', params: { values: e.sourceSlug } }];
  });
  return errors;
}

/**
 * Writes a deal's events in the order given (the editor reads them back in that order, by id). Rows
 * are rewritten in place, so an event keeps its id (and the address of its anchor, `#event-12`, that
 * a source's page links to) while it stays at its place in the list.
 */
export async function writeDealEvents(db: Db, dealId: number, events: readonly DealEventData[], refs: Refs) {
  const existing = await db.dealEvent.findMany({ where: { dealId }, orderBy: { id: 'asc' }, select: { id: true } });
  for (const [i, e] of events.entries()) {
    const at = parsePartialDate(e.date);
    const data = { stage: e.stage, date: at.date, datePrecision: at.precision, description: e.description, descriptionKo: e.descriptionKo ?? null, sourceId: refs.sourceId(e.sourceSlug) };
    const id = existing[i]?.id;
    if (id === undefined) await db.dealEvent.create({ data: { dealId, ...data } });
    else await db.dealEvent.update({ where: { id }, data });
  }
  const surplus = existing.slice(events.length).map((e) => e.id);
  if (surplus.length) await db.dealEvent.deleteMany({ where: { id: { in: surplus } } });
}
