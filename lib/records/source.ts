// A work in the bibliography, defined once: its schema, its flat form (the editor's fields, the
// import's and the export's columns) and its database row derive from the table below. The paper's
// footnotes are facts about the paper, not about the work: exported and seeded, not edited here.
import { z } from 'zod';
import type { Prisma, Source } from '@/lib/generated/prisma/client';
import type { Editor } from '@/lib/editing/types';
import { httpUrlSchema, partialDateSchema, slugSchema } from '@/lib/schemas/common';
import { sourceKinds } from '@/lib/schemas/source';
import { isoInstant } from './column';
import { fieldKit, noRefs } from './fields';

/** What a source's columns read: a stored work with the paper's footnotes that cite it. */
export type SourceStored = Source & { footnotes: ReadonlyArray<{ number: number }> };

const f = fieldKit<SourceStored, Prisma.SourceUncheckedCreateInput>();

export const source = f.record(
  {
    slug: f.text('slug', slugSchema, { key: true }),
    kind: f.choice('kind', sourceKinds, 'sourcesPage.kind'),
    authors: f.optional('authors', z.string().trim().max(300).optional()),
    title: f.text('title', z.string().trim().min(3).max(400)),
    publisher: f.optional('publisher', z.string().trim().max(200).optional()),
    publishedOn: f.optional('publishedOn', partialDateSchema.optional()),
    url: f.optional('url', httpUrlSchema.optional()),
    /** Footnote numbers in the paper that cite this work. */
    footnotes: f.seedOnly(z.array(z.int().min(1).max(99)).default([]), {
      exportOnly: [{ name: 'footnotes', value: (s) => s.footnotes.map((n) => String(n.number)) }],
    }),
    // The export's `note` column; the editing form's change note is called `change_note`.
    note: f.optional('note', z.string().trim().max(1000).optional(), { kind: 'textarea' }),
    noteKo: f.optional('noteKo', z.string().trim().max(1000).optional(), { kind: 'textarea', laterColumn: true }),
  },
  { key: 'slug', extraColumns: [{ name: 'updated_at', value: (s) => isoInstant(s.updatedAt) }] },
);

export const sourceSchema = source.schema;
export type SourceInput = z.input<typeof sourceSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export const sourceColumns = source.columns;

const include = { footnotes: { orderBy: { number: 'asc' } } } satisfies Prisma.SourceInclude;
export type SourceRecord = Prisma.SourceGetPayload<{ include: typeof include }>;

export const sourceEditor: Editor<SourceRecord, SourceData> = {
  entity: 'source',
  fields: source.fields,
  retirable: true,
  load: (db, slug) => db.source.findUnique({ where: { slug }, include }),
  keyOf: (s) => s.slug,
  versionOf: (s) => s.version,
  retiredAt: (s) => s.retiredAt,
  toValues: source.toValues,
  parse: source.parse,
  dataValues: source.write,
  references: async () => ({}),
  async create(db, s) {
    await db.source.create({ data: source.row(s, noRefs) });
  },
  async update(db, record, s) {
    await db.source.update({ where: { id: record.id }, data: source.row(s, noRefs) });
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.source.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
