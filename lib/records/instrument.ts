// An EU or NATO instrument, defined once: its schema, its flat form (the editor's fields, the import's
// and the export's columns), its database row and its links derive from the table below. A budget is
// a number, so it is never saved without the source that states it.
import { z } from 'zod';
import type { Instrument, Prisma } from '@/lib/generated/prisma/client';
import { missingSources, sourceOptions, sourceRefs, unknown } from '@/lib/editing/shared';
import type { Db, Editor, FieldErrors } from '@/lib/editing/types';
import { slugSchema } from '@/lib/schemas/common';
import { accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { type StoredClaim, claimChoices, claimsInclude, claimReferences, claimSources, claimsField } from './claims';
import { isoInstant } from './column';
import { fieldKit } from './fields';

/** What an instrument's columns read: a stored instrument with its budget's source (and, for the editor, its sources). */
export type InstrumentStored = Instrument & {
  budgetSource: { slug: string } | null;
  sources?: ReadonlyArray<{ slug: string }>;
  claims?: readonly StoredClaim[];
};

const f = fieldKit<InstrumentStored, Prisma.InstrumentUncheckedCreateInput>();

export const instrument = f.record(
  {
    code: f.text('code', slugSchema, { key: true }),
    acronym: f.text('acronym', z.string().trim().min(2).max(20)),
    name: f.text('name', z.string().trim().min(3).max(200)),
    nameKo: f.optional('nameKo', z.string().trim().max(200).optional()),
    owner: f.choice('owner', instrumentOwners, 'vocab.owner'),
    kind: f.choice('kind', instrumentKinds, 'vocab.instrumentKind'),
    budget: f.stated('budget'),
    periodStart: f.whole('periodStart', 1949, 2100),
    periodEnd: f.whole('periodEnd', 1949, 2100),
    thirdCountryTerms: f.text('thirdCountryTerms', z.string().trim().min(3).max(4000), { kind: 'textarea' }),
    thirdCountryTermsKo: f.optional('thirdCountryTermsKo', z.string().trim().max(4000).optional(), { kind: 'textarea', laterColumn: true }),
    accessLevel: f.choice('accessLevel', accessLevels, 'vocab.accessLevel'),
    accessNote: f.text('accessNote', z.string().trim().min(3).max(4000), { kind: 'textarea' }),
    accessNoteKo: f.optional('accessNoteKo', z.string().trim().max(4000).optional(), { kind: 'textarea' }),
    summary: f.text('summary', z.string().trim().min(10).max(4000), { kind: 'textarea' }),
    summaryKo: f.optional('summaryKo', z.string().trim().max(4000).optional(), { kind: 'textarea' }),
    sourceSlugs: f.links('sources', 'Every instrument needs at least one source.'),
    /** What each value a reader could cite rests on (./claims.ts). */
    claims: claimsField<InstrumentStored, Prisma.InstrumentUncheckedCreateInput>({
      budget: 'budget',
      period: 'period',
      thirdCountryTerms: 'third_country_terms',
      accessLevel: 'access_level',
    }),
  },
  {
    key: 'code',
    // zod checks the period only once every other field is valid; the form says it at once.
    check(input, errors) {
      const { periodStart: start, periodEnd: end } = input as { periodStart?: number; periodEnd?: number };
      if (start !== undefined && end !== undefined && start > end) (errors.period_end ??= []).push({ code: 'period' });
    },
    refine: (schema) =>
      schema.refine((i) => !i.periodStart || !i.periodEnd || i.periodStart <= i.periodEnd, {
        error: 'The period cannot end before it starts.',
        params: { code: 'period' },
        path: ['periodEnd'],
      }),
    // The export lists instruments, not their citations.
    notExported: ['sources'],
    extraColumns: [
      { name: 'updated_at', value: (i) => isoInstant(i.updatedAt) },
      { name: 'url', value: (i, origin) => `${origin}/instruments/${i.code}` },
    ],
  },
);

export const instrumentSchema = instrument.schema;
export type InstrumentInput = z.input<typeof instrumentSchema>;
export type InstrumentData = z.output<typeof instrumentSchema>;
export const instrumentColumns = instrument.columns;

// The instrument as an editable record, written through the one save path (lib/editing/save.ts).
const include = {
  budgetSource: { select: { slug: true } },
  sources: { select: { slug: true }, orderBy: { id: 'asc' } },
  claims: claimsInclude,
} satisfies Prisma.InstrumentInclude;
export type InstrumentRecord = Prisma.InstrumentGetPayload<{ include: typeof include }>;

async function rowOf(db: Db, i: InstrumentData) {
  const refs = await sourceRefs(db, [...(i.budget ? [i.budget.sourceSlug] : []), ...claimSources(i.claims)]);
  return { row: instrument.row(i, refs), refs };
}

export const instrumentEditor: Editor<InstrumentRecord, InstrumentData> = {
  entity: 'instrument',
  fields: instrument.fields,
  retirable: true,
  load: (db, code) => db.instrument.findUnique({ where: { code }, include }),
  keyOf: (i) => i.code,
  versionOf: (i) => i.version,
  retiredAt: (i) => i.retiredAt,
  toValues: instrument.toValues,
  parse: instrument.parse,
  dataValues: instrument.write,
  async references(db, i) {
    const errors: FieldErrors = {};
    const missing = await missingSources(db, [...i.sourceSlugs, ...(i.budget ? [i.budget.sourceSlug] : []), ...claimSources(i.claims)]);
    const cited = i.sourceSlugs.filter((s) => missing.includes(s));
    if (cited.length) errors.sources = unknown(cited);
    if (i.budget && missing.includes(i.budget.sourceSlug)) errors.budget_source = unknown([i.budget.sourceSlug]);
    Object.assign(errors, claimReferences(instrument.fieldOf, i.claims, missing));
    return errors;
  },
  async choices(db) {
    const sources = await sourceOptions(db);
    return { budget_source: sources, sources, ...claimChoices(instrument.fields, sources) };
  },
  async create(db, i) {
    const { row, refs } = await rowOf(db, i);
    await db.instrument.create({ data: { ...row, ...instrument.links(i, 'connect', 'all', refs) } });
  },
  async update(db, record, i) {
    const { row, refs } = await rowOf(db, i);
    await db.instrument.update({ where: { id: record.id }, data: { ...row, ...instrument.links(i, 'set', 'form', refs) } });
  },
  async claim(db, code, expected, changes) {
    const { count } = await db.instrument.updateMany({ where: { code, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
