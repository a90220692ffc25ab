// Works in the bibliography as editable records, with the export's columns as values. The paper's
// footnotes are facts about the paper, not about the work, so they are shown but not edited here.
import type { Prisma } from '@/lib/generated/prisma/client';
import { sourceColumns } from '@/lib/records/source';
import { type SourceData, sourceKinds, sourceSchema } from '@/lib/schemas/source';
import { snakeFieldOf } from './shared';
import type { Editor, FieldErrors, FieldSpec, Values } from './types';
import { optionalText, text, valueOf, zodProblems } from './values';

const include = { footnotes: { orderBy: { number: 'asc' } } } satisfies Prisma.SourceInclude;
export type SourceRecord = Prisma.SourceGetPayload<{ include: typeof include }>;

const fields: FieldSpec[] = [
  { name: 'slug', kind: 'text', required: true, key: true },
  { name: 'kind', kind: 'select', required: true, options: sourceKinds, vocab: 'sourcesPage.kind' },
  { name: 'authors', kind: 'text' },
  { name: 'title', kind: 'text', required: true },
  { name: 'publisher', kind: 'text' },
  { name: 'published_on', kind: 'text' },
  { name: 'url', kind: 'text' },
  // The export's `note` column, renamed: the editing form's change note is already called `note`.
  { name: 'note', kind: 'textarea' },
];
const fieldNames = fields.map((f) => f.name);
const fieldOf = snakeFieldOf({}, 'slug');

function toValues(s: SourceRecord): Values {
  const values: Values = {};
  for (const column of sourceColumns) if (fieldNames.includes(column.name)) values[column.name] = valueOf(column.value(s, ''));
  values.note = s.note ?? '';
  return values;
}

function parse(values: Values) {
  const input = {
    slug: text(values.slug),
    kind: text(values.kind),
    authors: optionalText(values.authors),
    title: text(values.title),
    publisher: optionalText(values.publisher),
    publishedOn: optionalText(values.published_on),
    url: optionalText(values.url),
    note: optionalText(values.note),
  };
  const result = sourceSchema.safeParse(input);
  if (!result.success) return { ok: false as const, errors: zodProblems(result.error.issues, fieldOf) as FieldErrors };
  return { ok: true as const, data: result.data, key: result.data.slug };
}

function dataValues(s: SourceData): Values {
  return {
    slug: s.slug,
    kind: s.kind,
    authors: s.authors ?? '',
    title: s.title,
    publisher: s.publisher ?? '',
    published_on: s.publishedOn ?? '',
    url: s.url ?? '',
    note: s.note ?? '',
  };
}

const row = (s: SourceData) => ({
  kind: s.kind,
  authors: s.authors ?? null,
  title: s.title,
  publisher: s.publisher ?? null,
  publishedOn: s.publishedOn ?? null,
  url: s.url ?? null,
  note: s.note ?? null,
});

export const sourceEditor: Editor<SourceRecord, SourceData> = {
  entity: 'source',
  fields,
  retirable: true,
  load: (db, slug) => db.source.findUnique({ where: { slug }, include }),
  keyOf: (s) => s.slug,
  versionOf: (s) => s.version,
  retiredAt: (s) => s.retiredAt,
  toValues,
  parse,
  dataValues,
  references: async () => ({}),
  async create(db, s) {
    await db.source.create({ data: { ...row(s), slug: s.slug } });
  },
  async update(db, record, s) {
    await db.source.update({ where: { id: record.id }, data: row(s) });
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.source.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
