// Deals as editable records. The values are the deal's columns (lib/records/deal.ts), so a form, a
// CSV row and the export all speak the same language.
import type { Prisma } from '@/lib/generated/prisma/client';
import { dealColumns, dealRow } from '@/lib/records/deal';
import { currencySchema } from '@/lib/schemas/common';
import { cooperationTypes, dealDomains, dealSchema, dealStages, organisationRoles, type DealData } from '@/lib/schemas/deal';
import type { Db, Editor, FieldErrors, FieldSpec, Values } from './types';
import { optionalText, parseBoolean, parseNumber, splitList, text, valueOf, zodProblems } from './values';

const include = {
  organisations: { include: { organisation: { select: { slug: true } } }, orderBy: { organisationId: 'asc' } },
  sources: { select: { slug: true }, orderBy: { id: 'asc' } },
  valueSource: { select: { slug: true } },
} satisfies Prisma.DealInclude;
export type DealRecord = Prisma.DealGetPayload<{ include: typeof include }>;

const fields: FieldSpec[] = [
  { name: 'slug', kind: 'text', required: true, key: true },
  { name: 'title', kind: 'text', required: true },
  { name: 'title_ko', kind: 'text' },
  { name: 'system', kind: 'text', required: true },
  { name: 'domain', kind: 'select', required: true, options: dealDomains, vocab: 'vocab.domain' },
  { name: 'cooperation_type', kind: 'select', required: true, options: cooperationTypes, vocab: 'vocab.cooperationType' },
  { name: 'stage', kind: 'select', required: true, options: dealStages, vocab: 'vocab.dealStage' },
  { name: 'partner_country', kind: 'select', required: true },
  { name: 'organisations', kind: 'pairs', required: true, secondOptions: organisationRoles, secondVocab: 'vocab.organisationRole' },
  { name: 'date', kind: 'text' },
  { name: 'value_amount', kind: 'number' },
  { name: 'value_currency', kind: 'select', options: currencySchema.options },
  { name: 'value_text', kind: 'text' },
  { name: 'value_source', kind: 'select' },
  { name: 'localisation', kind: 'checkbox' },
  { name: 'technology_transfer', kind: 'checkbox' },
  { name: 'summary', kind: 'textarea', required: true },
  { name: 'summary_ko', kind: 'textarea' },
  { name: 'sources', kind: 'checkboxes', required: true },
];
const fieldNames = fields.map((f) => f.name);

// zod paths of the seed-shaped input, back to the flat field they came from.
const fieldOfPath: Record<string, string> = {
  titleKo: 'title_ko',
  cooperationType: 'cooperation_type',
  partnerCountry: 'partner_country',
  summaryKo: 'summary_ko',
  technologyTransfer: 'technology_transfer',
  sourceSlugs: 'sources',
};
const valueFields: Record<string, string> = { amount: 'value_amount', currency: 'value_currency', text: 'value_text', sourceSlug: 'value_source' };

function fieldOf(path: PropertyKey[]): string {
  const [head, next] = path.map(String);
  if (head === 'value') return valueFields[next ?? 'amount'] ?? 'value_amount';
  return fieldOfPath[head ?? ''] ?? head ?? 'slug';
}

/** "hanwha-aerospace:prime-contractor; …" → [{ slug, role }] */
function parsePairs(value: string, errors: FieldErrors) {
  return splitList(value).map((pair) => {
    const [slug = '', role = ''] = pair.split(':').map((p) => p.trim());
    if (!slug || !role) (errors.organisations ??= []).push({ code: 'pairs' });
    return { slug, role: role as (typeof organisationRoles)[number] };
  });
}

function toValues(d: DealRecord): Values {
  const values: Values = {};
  for (const column of dealColumns) if (fieldNames.includes(column.name)) values[column.name] = valueOf(column.value(d, ''));
  return values;
}

function parse(values: Values) {
  const errors: FieldErrors = {};
  const amount = parseNumber(values.value_amount, 'value_amount', errors);
  const currency = text(values.value_currency);
  const valueText = text(values.value_text);
  const valueSource = text(values.value_source);
  // A number is never saved without its source, and a source is never cited for no number.
  if (amount !== undefined && !valueSource) (errors.value_source ??= []).push({ code: 'needsSource' });
  if (amount === undefined && (currency || valueText || valueSource)) (errors.value_amount ??= []).push({ code: 'needsAmount' });
  const input = {
    slug: text(values.slug),
    title: text(values.title),
    titleKo: optionalText(values.title_ko),
    system: text(values.system),
    domain: text(values.domain),
    cooperationType: text(values.cooperation_type),
    partnerCountry: text(values.partner_country),
    value: amount !== undefined ? { amount, currency, text: valueText, sourceSlug: valueSource } : undefined,
    date: optionalText(values.date),
    stage: text(values.stage),
    localisation: parseBoolean(values.localisation, 'localisation', errors),
    technologyTransfer: parseBoolean(values.technology_transfer, 'technology_transfer', errors),
    summary: text(values.summary),
    summaryKo: optionalText(values.summary_ko),
    organisations: parsePairs(values.organisations ?? '', errors),
    sourceSlugs: splitList(values.sources),
  };
  const result = dealSchema.safeParse(input);
  const all: FieldErrors = { ...errors };
  // Our own findings come first; zod's about the same field would only repeat them less clearly.
  if (!result.success) for (const [field, problems] of Object.entries(zodProblems(result.error.issues, fieldOf))) all[field] ??= problems;
  if (Object.keys(all).length || !result.success) return { ok: false as const, errors: all };
  return { ok: true as const, data: result.data, key: result.data.slug };
}

function dataValues(d: DealData): Values {
  const when = d.date ? d.date : '';
  return {
    slug: d.slug,
    title: d.title,
    title_ko: d.titleKo ?? '',
    system: d.system,
    domain: d.domain,
    cooperation_type: d.cooperationType,
    stage: d.stage,
    partner_country: d.partnerCountry,
    organisations: d.organisations.map((o) => `${o.slug}:${o.role}`).join('; '),
    date: when,
    value_amount: d.value ? String(d.value.amount) : '',
    value_currency: d.value?.currency ?? '',
    value_text: d.value?.text ?? '',
    value_source: d.value?.sourceSlug ?? '',
    localisation: String(d.localisation),
    technology_transfer: String(d.technologyTransfer),
    summary: d.summary,
    summary_ko: d.summaryKo ?? '',
    sources: d.sourceSlugs.join('; '),
  };
}

async function references(db: Db, d: DealData): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const orgSlugs = d.organisations.map((o) => o.slug);
  const sourceSlugs = [...new Set([...d.sourceSlugs, ...(d.value ? [d.value.sourceSlug] : [])])];
  const [country, orgs, sources] = await Promise.all([
    db.country.findUnique({ where: { code: d.partnerCountry }, select: { code: true } }),
    db.organisation.findMany({ where: { slug: { in: orgSlugs } }, select: { slug: true } }),
    db.source.findMany({ where: { slug: { in: sourceSlugs } }, select: { slug: true } }),
  ]);
  if (!country) errors.partner_country = [{ code: 'unknown', params: { values: d.partnerCountry } }];
  const missing = (wanted: string[], found: Array<{ slug: string }>) => wanted.filter((s) => !found.some((f) => f.slug === s));
  const unknownOrgs = missing(orgSlugs, orgs);
  if (unknownOrgs.length) errors.organisations = [{ code: 'unknown', params: { values: unknownOrgs.join(', ') } }];
  const unknownSources = missing(d.sourceSlugs, sources);
  if (unknownSources.length) errors.sources = [{ code: 'unknown', params: { values: unknownSources.join(', ') } }];
  if (d.value && missing([d.value.sourceSlug], sources).length) errors.value_source = [{ code: 'unknown', params: { values: d.value.sourceSlug } }];
  return errors;
}

/** The deal's columns, with the search text built as the seed builds it. */
async function columns(db: Db, d: DealData) {
  const [country, orgs, valueSource] = await Promise.all([
    db.country.findUniqueOrThrow({ where: { code: d.partnerCountry } }),
    db.organisation.findMany({ where: { slug: { in: d.organisations.map((o) => o.slug) } } }),
    d.value ? db.source.findUniqueOrThrow({ where: { slug: d.value.sourceSlug }, select: { id: true } }) : null,
  ]);
  return { fields: dealRow(d, { valueSourceId: valueSource?.id ?? null, country, organisations: orgs }), orgs };
}

async function writeOrganisations(db: Db, dealId: number, d: DealData, orgs: Array<{ id: number; slug: string }>) {
  await db.dealOrganisation.deleteMany({ where: { dealId } });
  await db.dealOrganisation.createMany({
    data: d.organisations.map((o) => ({ dealId, organisationId: orgs.find((x) => x.slug === o.slug)!.id, role: o.role })),
  });
}

export const dealEditor: Editor<DealRecord, DealData> = {
  entity: 'deal',
  fields,
  retirable: true,
  load: (db, slug) => db.deal.findUnique({ where: { slug }, include }),
  keyOf: (d) => d.slug,
  versionOf: (d) => d.version,
  retiredAt: (d) => d.retiredAt,
  toValues,
  parse,
  dataValues,
  references,
  async choices(db) {
    const [countries, sources, organisations] = await Promise.all([
      db.country.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true } }),
      db.source.findMany({ where: { retiredAt: null }, orderBy: { id: 'asc' }, select: { slug: true, title: true, publisher: true } }),
      db.organisation.findMany({ where: { retiredAt: null }, orderBy: { name: 'asc' }, select: { slug: true, name: true } }),
    ]);
    const sourceOptions = sources.map((s) => ({ value: s.slug, label: `${s.title}${s.publisher ? ` (${s.publisher})` : ''}` }));
    return {
      partner_country: countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
      value_source: sourceOptions,
      sources: sourceOptions,
      organisations: organisations.map((o) => ({ value: o.slug, label: o.name })),
    };
  },
  async create(db, d) {
    const { fields: row, orgs } = await columns(db, d);
    const deal = await db.deal.create({ data: { ...row, slug: d.slug, sources: { connect: d.sourceSlugs.map((slug) => ({ slug })) } } });
    await writeOrganisations(db, deal.id, d, orgs);
  },
  async update(db, record, d) {
    const { fields: row, orgs } = await columns(db, d);
    await db.deal.update({ where: { id: record.id }, data: { ...row, sources: { set: d.sourceSlugs.map((slug) => ({ slug })) } } });
    await writeOrganisations(db, record.id, d, orgs);
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.deal.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
