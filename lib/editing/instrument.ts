// EU and NATO instruments as editable records, with the export's columns as values. A budget is a
// number, so it is never saved without the source that states it.
import type { Prisma } from '@/lib/generated/prisma/client';
import { instrumentColumns } from '@/lib/records/instrument';
import { currencySchema } from '@/lib/schemas/common';
import { accessLevels, instrumentKinds, instrumentOwners, instrumentSchema } from '@/lib/schemas/instrument';
import { checkWhole, missingSources, snakeFieldOf, sourceOptions, unknown } from './shared';
import type { Db, Editor, FieldErrors, FieldSpec, Values } from './types';
import { optionalText, parseNumber, splitList, text, valueOf, zodProblems } from './values';

const include = {
  budgetSource: { select: { slug: true } },
  sources: { select: { slug: true }, orderBy: { id: 'asc' } },
} satisfies Prisma.InstrumentInclude;
export type InstrumentRecord = Prisma.InstrumentGetPayload<{ include: typeof include }>;
type InstrumentData = ReturnType<typeof instrumentSchema.parse>;

const fields: FieldSpec[] = [
  { name: 'code', kind: 'text', required: true, key: true },
  { name: 'acronym', kind: 'text', required: true },
  { name: 'name', kind: 'text', required: true },
  { name: 'name_ko', kind: 'text' },
  { name: 'owner', kind: 'select', required: true, options: instrumentOwners, vocab: 'vocab.owner' },
  { name: 'kind', kind: 'select', required: true, options: instrumentKinds, vocab: 'vocab.instrumentKind' },
  { name: 'budget_amount', kind: 'number' },
  { name: 'budget_currency', kind: 'select', options: currencySchema.options },
  { name: 'budget_text', kind: 'text' },
  { name: 'budget_source', kind: 'select' },
  { name: 'period_start', kind: 'number' },
  { name: 'period_end', kind: 'number' },
  { name: 'third_country_terms', kind: 'textarea', required: true },
  { name: 'access_level', kind: 'select', required: true, options: accessLevels, vocab: 'vocab.accessLevel' },
  { name: 'access_note', kind: 'textarea', required: true },
  { name: 'access_note_ko', kind: 'textarea' },
  { name: 'summary', kind: 'textarea', required: true },
  { name: 'summary_ko', kind: 'textarea' },
  // Not an export column (the export lists instruments, not their citations), but every instrument needs one.
  { name: 'sources', kind: 'checkboxes', required: true },
];
const fieldNames = fields.map((f) => f.name);

const fieldOf = snakeFieldOf(
  { 'budget.amount': 'budget_amount', 'budget.currency': 'budget_currency', 'budget.text': 'budget_text', 'budget.sourceSlug': 'budget_source', budget: 'budget_amount', sourceSlugs: 'sources' },
  'code',
);

function toValues(i: InstrumentRecord): Values {
  const values: Values = {};
  for (const column of instrumentColumns) if (fieldNames.includes(column.name)) values[column.name] = valueOf(column.value(i, ''));
  values.sources = i.sources.map((s) => s.slug).join('; ');
  return values;
}

function parse(values: Values) {
  const errors: FieldErrors = {};
  const amount = parseNumber(values.budget_amount, 'budget_amount', errors);
  const currency = text(values.budget_currency);
  const budgetText = text(values.budget_text);
  const budgetSource = text(values.budget_source);
  // A number is never saved without its source, and a source is never cited for no number.
  if (amount !== undefined && !budgetSource) (errors.budget_source ??= []).push({ code: 'needsSource' });
  if (amount === undefined && (currency || budgetText || budgetSource)) (errors.budget_amount ??= []).push({ code: 'needsAmount' });
  const input = {
    code: text(values.code),
    acronym: text(values.acronym),
    name: text(values.name),
    nameKo: optionalText(values.name_ko),
    owner: text(values.owner),
    kind: text(values.kind),
    budget: amount !== undefined ? { amount, currency, text: budgetText, sourceSlug: budgetSource } : undefined,
    periodStart: checkWhole(parseNumber(values.period_start, 'period_start', errors), 'period_start', errors),
    periodEnd: checkWhole(parseNumber(values.period_end, 'period_end', errors), 'period_end', errors),
    thirdCountryTerms: text(values.third_country_terms),
    accessLevel: text(values.access_level),
    accessNote: text(values.access_note),
    accessNoteKo: optionalText(values.access_note_ko),
    summary: text(values.summary),
    summaryKo: optionalText(values.summary_ko),
    sourceSlugs: splitList(values.sources),
  };
  // zod checks the period only once every other field is valid; say it at once.
  if (input.periodStart !== undefined && input.periodEnd !== undefined && input.periodStart > input.periodEnd) (errors.period_end ??= []).push({ code: 'period' });
  const result = instrumentSchema.safeParse(input);
  const all: FieldErrors = { ...errors };
  if (!result.success) for (const [field, problems] of Object.entries(zodProblems(result.error.issues, fieldOf))) all[field] ??= problems;
  if (Object.keys(all).length || !result.success) return { ok: false as const, errors: all };
  return { ok: true as const, data: result.data, key: result.data.code };
}

function dataValues(i: InstrumentData): Values {
  return {
    code: i.code,
    acronym: i.acronym,
    name: i.name,
    name_ko: i.nameKo ?? '',
    owner: i.owner,
    kind: i.kind,
    budget_amount: i.budget ? String(i.budget.amount) : '',
    budget_currency: i.budget?.currency ?? '',
    budget_text: i.budget?.text ?? '',
    budget_source: i.budget?.sourceSlug ?? '',
    period_start: i.periodStart !== undefined ? String(i.periodStart) : '',
    period_end: i.periodEnd !== undefined ? String(i.periodEnd) : '',
    third_country_terms: i.thirdCountryTerms,
    access_level: i.accessLevel,
    access_note: i.accessNote,
    access_note_ko: i.accessNoteKo ?? '',
    summary: i.summary,
    summary_ko: i.summaryKo ?? '',
    sources: i.sourceSlugs.join('; '),
  };
}

async function row(db: Db, i: InstrumentData) {
  const budgetSource = i.budget ? await db.source.findUniqueOrThrow({ where: { slug: i.budget.sourceSlug }, select: { id: true } }) : null;
  return {
    acronym: i.acronym,
    name: i.name,
    nameKo: i.nameKo ?? null,
    owner: i.owner,
    kind: i.kind,
    budgetAmount: i.budget?.amount ?? null,
    budgetCurrency: i.budget?.currency ?? null,
    budgetText: i.budget?.text ?? null,
    budgetSourceId: budgetSource?.id ?? null,
    periodStart: i.periodStart ?? null,
    periodEnd: i.periodEnd ?? null,
    thirdCountryTerms: i.thirdCountryTerms,
    accessLevel: i.accessLevel,
    accessNote: i.accessNote,
    accessNoteKo: i.accessNoteKo ?? null,
    summary: i.summary,
    summaryKo: i.summaryKo ?? null,
  };
}

type InstrumentEditor = Editor<InstrumentRecord, InstrumentData>;

export const instrumentEditor: InstrumentEditor = {
  entity: 'instrument',
  fields,
  retirable: true,
  load: (db, code) => db.instrument.findUnique({ where: { code }, include }),
  keyOf: (i) => i.code,
  versionOf: (i) => i.version,
  retiredAt: (i) => i.retiredAt,
  toValues,
  parse,
  dataValues,
  async references(db, i) {
    const errors: FieldErrors = {};
    const missing = await missingSources(db, [...i.sourceSlugs, ...(i.budget ? [i.budget.sourceSlug] : [])]);
    const cited = i.sourceSlugs.filter((s) => missing.includes(s));
    if (cited.length) errors.sources = unknown(cited);
    if (i.budget && missing.includes(i.budget.sourceSlug)) errors.budget_source = unknown([i.budget.sourceSlug]);
    return errors;
  },
  async choices(db) {
    const sources = await sourceOptions(db);
    return { budget_source: sources, sources };
  },
  async create(db, i) {
    await db.instrument.create({ data: { ...(await row(db, i)), code: i.code, sources: { connect: i.sourceSlugs.map((slug) => ({ slug })) } } });
  },
  async update(db, record, i) {
    await db.instrument.update({ where: { id: record.id }, data: { ...(await row(db, i)), sources: { set: i.sourceSlugs.map((slug) => ({ slug })) } } });
  },
  async claim(db, code, expected, changes) {
    const { count } = await db.instrument.updateMany({ where: { code, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
