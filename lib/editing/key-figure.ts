// The overview's key figures as editable records. Each is a number, so each needs the source that
// states it; a new figure goes last on the overview.
import type { Prisma } from '@/lib/generated/prisma/client';
import { keyFigureSchema } from '@/lib/schemas/key-figure';
import { checkWhole, missingSources, snakeFieldOf, sourceOptions, unknown } from './shared';
import type { Db, Editor, FieldErrors, FieldSpec, Values } from './types';
import { optionalText, parseNumber, text, zodProblems } from './values';

const include = { source: { select: { slug: true } } } satisfies Prisma.KeyFigureInclude;
export type KeyFigureRecord = Prisma.KeyFigureGetPayload<{ include: typeof include }>;
type KeyFigureData = ReturnType<typeof keyFigureSchema.parse>;

const fields: FieldSpec[] = [
  { name: 'slug', kind: 'text', required: true, key: true },
  { name: 'label', kind: 'text', required: true },
  { name: 'label_ko', kind: 'text' },
  { name: 'value', kind: 'number', required: true },
  { name: 'unit', kind: 'text', required: true },
  { name: 'value_text', kind: 'text', required: true },
  { name: 'year', kind: 'number' },
  { name: 'source', kind: 'select', required: true },
  { name: 'quote', kind: 'textarea', required: true },
];
const fieldOf = snakeFieldOf({ sourceSlug: 'source' }, 'slug');

/** The one mapping from a key figure (as parsed, or as stored with its source's slug) to its form's flat values. */
const flatValues = (k: Pick<KeyFigureData, 'slug' | 'label' | 'value' | 'unit' | 'valueText' | 'sourceSlug'> & { labelKo?: string | null; year?: number | null; quote?: string | null }): Values => ({
  slug: k.slug,
  label: k.label,
  label_ko: k.labelKo ?? '',
  value: String(k.value),
  unit: k.unit,
  value_text: k.valueText,
  year: k.year !== undefined && k.year !== null ? String(k.year) : '',
  source: k.sourceSlug,
  quote: k.quote ?? '',
});
const toValues = (k: KeyFigureRecord): Values => flatValues({ ...k, sourceSlug: k.source.slug });

function parse(values: Values) {
  const errors: FieldErrors = {};
  const value = parseNumber(values.value, 'value', errors);
  const source = text(values.source);
  if (value === undefined) (errors.value ??= []).push({ code: 'required' });
  // A number is never saved without its source.
  else if (!source) (errors.source ??= []).push({ code: 'needsSource' });
  const input = {
    slug: text(values.slug),
    label: text(values.label),
    labelKo: optionalText(values.label_ko),
    value,
    unit: text(values.unit),
    valueText: text(values.value_text),
    year: checkWhole(parseNumber(values.year, 'year', errors), 'year', errors),
    sourceSlug: source,
    quote: text(values.quote),
  };
  const result = keyFigureSchema.safeParse(input);
  const all: FieldErrors = { ...errors };
  if (!result.success) for (const [field, problems] of Object.entries(zodProblems(result.error.issues, fieldOf))) all[field] ??= problems;
  if (Object.keys(all).length || !result.success) return { ok: false as const, errors: all };
  return { ok: true as const, data: result.data, key: result.data.slug };
}

const dataValues = (k: KeyFigureData): Values => flatValues(k);

async function row(db: Db, k: KeyFigureData) {
  const source = await db.source.findUniqueOrThrow({ where: { slug: k.sourceSlug }, select: { id: true } });
  return { label: k.label, labelKo: k.labelKo ?? null, value: k.value, unit: k.unit, valueText: k.valueText, year: k.year ?? null, sourceId: source.id, quote: k.quote };
}

export const keyFigureEditor: Editor<KeyFigureRecord, KeyFigureData> = {
  entity: 'key-figure',
  fields,
  retirable: true,
  load: (db, slug) => db.keyFigure.findUnique({ where: { slug }, include }),
  keyOf: (k) => k.slug,
  versionOf: (k) => k.version,
  retiredAt: (k) => k.retiredAt,
  toValues,
  parse,
  dataValues,
  async references(db, k): Promise<FieldErrors> {
    const missing = await missingSources(db, [k.sourceSlug]);
    return missing.length ? { source: unknown(missing) } : {};
  },
  choices: async (db) => ({ source: await sourceOptions(db) }),
  async create(db, k) {
    const last = await db.keyFigure.aggregate({ _max: { position: true } });
    await db.keyFigure.create({ data: { ...(await row(db, k)), slug: k.slug, position: (last._max.position ?? -1) + 1 } });
  },
  async update(db, record, k) {
    await db.keyFigure.update({ where: { id: record.id }, data: await row(db, k) });
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.keyFigure.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
