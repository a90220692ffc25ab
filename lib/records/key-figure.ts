// One of the overview's key figures, defined once. Each is a number, so each needs the source that
// states it and the sentence that states it; a new figure goes last on the overview.
import { z } from 'zod';
import type { KeyFigure, Prisma } from '@/lib/generated/prisma/client';
import { missingSources, sourceOptions, unknown } from '@/lib/editing/shared';
import type { Db, Editor, FieldErrors } from '@/lib/editing/types';
import { slugSchema } from '@/lib/schemas/common';
import { locateQuote } from '@/lib/paper';
import { fieldKit } from './fields';

/** What a key figure's columns read: a stored figure with its source's slug. */
export type KeyFigureStored = KeyFigure & { source: { slug: string } };

const f = fieldKit<KeyFigureStored, Prisma.KeyFigureUncheckedCreateInput>();

export const keyFigure = f.record(
  {
    slug: f.text('slug', slugSchema, { key: true }),
    label: f.text('label', z.string().trim().min(3).max(200)),
    labelKo: f.optional('labelKo', z.string().trim().max(200).optional()),
    value: f.number('value'),
    /** An ISO 4217 currency code, or what is counted. */
    unit: f.text('unit', z.string().trim().min(1).max(40)),
    valueText: f.text('valueText', z.string().trim().min(1).max(120)),
    valueTextKo: f.optional('valueTextKo', z.string().trim().max(120).optional(), { laterColumn: true }),
    year: f.whole('year', 1949, 2100),
    sourceSlug: f.source('source', 'sourceId'),
    /** The paper's sentence that states the figure, verbatim. */
    quote: f.text('quote', z.string().trim().min(10).max(1000), { kind: 'textarea' }),
  },
  {
    key: 'slug',
    check(input, errors) {
      // A number is never saved without its source (an empty value is reported as missing already).
      if (input.value !== undefined && !input.sourceSlug) (errors.source ??= []).push({ code: 'needsSource' });
      // The quote is the paper's own sentence, which Ties holds in full: words it does not have are refused.
      if (typeof input.quote === 'string' && input.quote.length >= 10 && !locateQuote(input.quote)) (errors.quote ??= []).push({ code: 'notInPaper' });
    },
  },
);

export const keyFigureSchema = keyFigure.schema;
export type KeyFigureInput = z.input<typeof keyFigureSchema>;
export type KeyFigureData = z.output<typeof keyFigureSchema>;

const include = { source: { select: { slug: true } } } satisfies Prisma.KeyFigureInclude;
export type KeyFigureRecord = Prisma.KeyFigureGetPayload<{ include: typeof include }>;

async function rowOf(db: Db, k: KeyFigureData) {
  const source = await db.source.findUniqueOrThrow({ where: { slug: k.sourceSlug }, select: { id: true } });
  return keyFigure.row(k, { sourceId: () => source.id });
}

export const keyFigureEditor: Editor<KeyFigureRecord, KeyFigureData> = {
  entity: 'key-figure',
  fields: keyFigure.fields,
  retirable: true,
  load: (db, slug) => db.keyFigure.findUnique({ where: { slug }, include }),
  keyOf: (k) => k.slug,
  versionOf: (k) => k.version,
  retiredAt: (k) => k.retiredAt,
  toValues: keyFigure.toValues,
  parse: keyFigure.parse,
  dataValues: keyFigure.write,
  async references(db, k): Promise<FieldErrors> {
    const missing = await missingSources(db, [k.sourceSlug]);
    return missing.length ? { source: unknown(missing) } : {};
  },
  choices: async (db) => ({ source: await sourceOptions(db) }),
  async create(db, k) {
    const last = await db.keyFigure.aggregate({ _max: { position: true } });
    await db.keyFigure.create({ data: { ...(await rowOf(db, k)), position: (last._max.position ?? -1) + 1 } });
  },
  async update(db, record, k) {
    await db.keyFigure.update({ where: { id: record.id }, data: await rowOf(db, k) });
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.keyFigure.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
