// A deal, defined once: its schema, its flat form (the editor's fields, the import's and the export's
// columns, named alike), its database row and its links all derive from the table below. The seed,
// the editor, the import, the export and the bench generator read them from here.
import { z } from 'zod';
import type { Deal, Prisma } from '@/lib/generated/prisma/client';
import { slugSchema } from '@/lib/schemas/common';
import { countryCodeSchema } from '@/lib/schemas/country';
import { cooperationTypes, dealDomains, dealStages, organisationRoleSchema, organisationRoles, supplierSides } from '@/lib/schemas/deal';
import { dealSearchText } from '@/lib/search';
import { countryOptions, missingSources, sourceOptions, sourceRefs, unknown } from '@/lib/editing/shared';
import type { Db, Editor, FieldErrors } from '@/lib/editing/types';
import { splitList } from '@/lib/editing/rows';
import { type StoredClaim, claimChoices, claimsInclude, claimReferences, claimSources, claimsField } from './claims';
import { isoInstant } from './column';
import { type StoredDealEvent, dealEvents, eventReferences, eventSources, writeDealEvents } from './deal-events';
import { type Field, type Refs, fieldKit } from './fields';

/** What a deal's columns read: a stored deal with its links' slugs (the editor's record and the export's rows both are). */
export type DealStored = Omit<Deal, 'searchText'> & {
  organisations: ReadonlyArray<{ role: string; organisation: { slug: string } }>;
  sources: ReadonlyArray<{ slug: string }>;
  valueSource: { slug: string } | null;
  events: readonly StoredDealEvent[];
  instruments: ReadonlyArray<{ code: string }>;
  recommendations: ReadonlyArray<{ number: number }>;
  claims?: readonly StoredClaim[];
};
type DealDbRow = Prisma.DealUncheckedCreateInput;

const f = fieldKit<DealStored, DealDbRow>();

/** "hanwha-aerospace:prime-contractor; …" ⇄ [{ slug, role }]: who took part, and as what. */
const organisations: Field<z.ZodArray<z.ZodObject<{ slug: typeof slugSchema; role: typeof organisationRoleSchema }>>, DealStored, DealDbRow> = {
  schema: z.array(z.object({ slug: slugSchema, role: organisationRoleSchema })).min(1, { error: 'Name at least one organisation.' }),
  flat: [{ name: 'organisations', kind: 'pairs', required: true, secondOptions: organisationRoles, secondVocab: 'vocab.organisationRole' }],
  read(values, errors: FieldErrors) {
    return splitList(values.organisations).map((pair) => {
      const [slug = '', role = ''] = pair.split(':').map((p) => p.trim());
      if (!slug || !role) (errors.organisations ??= []).push({ code: 'pairs' });
      return { slug, role };
    });
  },
  write: (value) => ({ organisations: value.map((o) => `${o.slug}:${o.role}`).join('; ') }),
  cells: (d) => ({ organisations: d.organisations.map((o) => `${o.organisation.slug}:${o.role}`) }),
  // A table of its own (with each organisation's role), written by the seed and the editor.
  row: () => ({}),
  fieldOf: () => 'organisations',
};

export { dealEventSchema } from './deal-events';

export const deal = f.record(
  {
    slug: f.text('slug', slugSchema, { key: true }),
    title: f.text('title', z.string().trim().min(3).max(200)),
    titleKo: f.optional('titleKo', z.string().trim().max(200).optional()),
    system: f.text('system', z.string().trim().min(2).max(120)),
    /** The system as Korean readers name it, where that differs from the English (K9 자주포). */
    systemKo: f.optional('systemKo', z.string().trim().max(120).optional(), { laterColumn: true }),
    domain: f.choice('domain', dealDomains, 'vocab.domain'),
    cooperationType: f.choice('cooperationType', cooperationTypes, 'vocab.cooperationType'),
    /** Empty where no source records how far the deal has gone. */
    stage: f.maybeChoice('stage', dealStages, 'vocab.dealStage'),
    /** The country that buys the system or hosts the cooperation (the Republic of Korea for a European firm's work in Korea). */
    partnerCountry: f.text('partnerCountryCode', countryCodeSchema, { name: 'partner_country', kind: 'select' }),
    /** Which side supplies; empty where the source does not say. */
    supplierSide: f.maybeChoice('supplierSide', supplierSides, 'vocab.supplierSide', { laterColumn: true }),
    /** Where the work is done; empty where the source does not say. */
    workCountry: f.optional('workCountryCode', countryCodeSchema.optional(), { name: 'work_country', kind: 'select', laterColumn: true }),
    organisations,
    /** Empty where the source gives no date. */
    date: f.partialDate('date', 'datePrecision', 'year'),
    value: f.stated('value'),
    localisation: f.yesNo('localisation'),
    technologyTransfer: f.yesNo('technologyTransfer'),
    summary: f.text('summary', z.string().trim().min(10).max(4000), { kind: 'textarea' }),
    summaryKo: f.optional('summaryKo', z.string().trim().max(4000).optional(), { kind: 'textarea' }),
    sourceSlugs: f.links('sources', 'Every deal needs at least one source.'),
    /** The lifecycle's steps, each dated and sourced (./deal-events.ts). */
    events: dealEvents<DealStored, DealDbRow>(),
    /** Links each resting on a claim, in `claims` (`instruments:edf`): none is saved without one. */
    instrumentCodes: f.claimedLinks('instruments', 'code', slugSchema),
    recommendationNumbers: f.claimedLinks('recommendations', 'number', z.int().min(1).max(10)),
    challengeSlugs: f.seedOnly(z.array(slugSchema).default([]), { links: (slugs) => ({ relation: 'challenges', keys: slugs.map((slug) => ({ slug })) }) }),
    /** What each value a reader could cite rests on (./claims.ts), and each link the form edits; challenges' claims are the seed's. */
    claims: claimsField<DealStored, DealDbRow>(
      {
      partnerCountry: 'partner_country',
      supplierSide: 'supplier_side',
      workCountry: 'work_country',
      organisations: 'organisations',
      date: 'date',
      value: 'value',
      stage: 'stage',
      localisation: 'localisation',
      technologyTransfer: 'technology_transfer',
      },
      { instruments: 'instruments', recommendations: 'recommendations' },
    ),
  },
  {
    key: 'slug',
    // Ties never shows a link that rests on nothing, nor keeps a claim on a link that is gone (the seed's and the API's data too).
    refine: (schema) =>
      schema.superRefine((d, ctx) => {
        const linked = new Set([...d.instrumentCodes.map((c) => `instruments:${c}`), ...d.recommendationNumbers.map((n) => `recommendations:${n}`), ...d.challengeSlugs.map((s) => `challenges:${s}`)]);
        for (const key of linked) if (!d.claims[key]) ctx.addIssue({ code: 'custom', path: ['claims', key, 'basis'], message: `The link ${key} needs its claim.`, params: { code: 'linkBasis' } });
        for (const key of Object.keys(d.claims)) {
          if (/^(instruments|recommendations|challenges):/.test(key) && !linked.has(key)) ctx.addIssue({ code: 'custom', path: ['claims', key, 'basis'], message: `The claim ${key} is on no link.`, params: { code: 'invalid' } });
        }
      }),
    extraColumns: [
      { name: 'updated_at', value: (d) => isoInstant(d.updatedAt) },
      { name: 'url', value: (d, origin) => `${origin}/deals/${d.slug}` },
    ],
  },
);

export const dealSchema = deal.schema;
export type DealInput = z.input<typeof dealSchema>;
export type DealData = z.output<typeof dealSchema>;
export const dealColumns = deal.columns;

type Named = { name: string; nameKo?: string | null };

/**
 * A parsed deal as its database row (without its links), given the ids behind its sources'
 * slugs and the names of its country and organisations (for the search text).
 */
export function dealRow(d: Omit<DealData, 'claims'>, refs: Refs & { country: Named; organisations: readonly Named[] }) {
  return {
    // Claims are rows of their own (`deal.links`), so a row needs none (the bench's deals have none).
    ...deal.row({ claims: {}, ...d }, refs),
    searchText: dealSearchText({ ...d, country: refs.country, organisations: refs.organisations }),
  };
}

// The deal as an editable record: loaded with what its columns read, written through the one save path (lib/editing/save.ts).
const include = {
  organisations: { include: { organisation: { select: { slug: true } } }, orderBy: { organisationId: 'asc' } },
  sources: { select: { slug: true }, orderBy: { id: 'asc' } },
  valueSource: { select: { slug: true } },
  // In the order they were entered, which is the order the editor wrote them in (./deal-events.ts).
  events: { include: { source: { select: { slug: true } } }, orderBy: { id: 'asc' } },
  instruments: { select: { code: true } },
  recommendations: { select: { number: true } },
  claims: claimsInclude,
} satisfies Prisma.DealInclude;
export type DealRecord = Prisma.DealGetPayload<{ include: typeof include }>;

async function references(db: Db, d: DealData): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const orgSlugs = d.organisations.map((o) => o.slug);
  const [country, workCountry, orgs, instruments, recommendations, missing] = await Promise.all([
    db.country.findUnique({ where: { code: d.partnerCountry }, select: { code: true } }),
    d.workCountry ? db.country.findUnique({ where: { code: d.workCountry }, select: { code: true } }) : null,
    db.organisation.findMany({ where: { slug: { in: orgSlugs } }, select: { slug: true } }),
    db.instrument.findMany({ where: { code: { in: d.instrumentCodes } }, select: { code: true } }),
    db.recommendation.findMany({ where: { number: { in: d.recommendationNumbers } }, select: { number: true } }),
    missingSources(db, [...d.sourceSlugs, ...(d.value ? [d.value.sourceSlug] : []), ...claimSources(d.claims), ...eventSources(d.events)]),
  ]);
  if (!country) errors.partner_country = unknown([d.partnerCountry]);
  if (d.workCountry && !workCountry) errors.work_country = unknown([d.workCountry]);
  const unknownOrgs = orgSlugs.filter((s) => !orgs.some((o) => o.slug === s));
  if (unknownOrgs.length) errors.organisations = unknown(unknownOrgs);
  const unknownSources = d.sourceSlugs.filter((s) => missing.includes(s));
  if (unknownSources.length) errors.sources = unknown(unknownSources);
  if (d.value && missing.includes(d.value.sourceSlug)) errors.value_source = unknown([d.value.sourceSlug]);
  const unknownInstruments = d.instrumentCodes.filter((code) => !instruments.some((i) => i.code === code));
  if (unknownInstruments.length) errors.instruments = unknown(unknownInstruments);
  const unknownRecommendations = d.recommendationNumbers.filter((n) => !recommendations.some((r) => r.number === n));
  if (unknownRecommendations.length) errors.recommendations = unknown(unknownRecommendations.map(String));
  Object.assign(errors, claimReferences(deal.fieldOf, d.claims, missing), eventReferences(d.events, missing));
  return errors;
}

/** The deal's row, with the search text built as the seed builds it, its organisations' ids, and the ids of the sources it cites. */
async function rowOf(db: Db, d: DealData) {
  const [country, orgs, refs] = await Promise.all([
    db.country.findUniqueOrThrow({ where: { code: d.partnerCountry } }),
    db.organisation.findMany({ where: { slug: { in: d.organisations.map((o) => o.slug) } } }),
    sourceRefs(db, [...(d.value ? [d.value.sourceSlug] : []), ...claimSources(d.claims), ...eventSources(d.events)]),
  ]);
  return { row: dealRow(d, { ...refs, country, organisations: orgs }), orgs, refs };
}

async function writeOrganisations(db: Db, dealId: number, d: DealData, orgs: Array<{ id: number; slug: string }>) {
  await db.dealOrganisation.deleteMany({ where: { dealId } });
  await db.dealOrganisation.createMany({
    data: d.organisations.map((o) => ({ dealId, organisationId: orgs.find((x) => x.slug === o.slug)!.id, role: o.role })),
  });
}

export const dealEditor: Editor<DealRecord, DealData> = {
  entity: 'deal',
  fields: deal.fields,
  retirable: true,
  load: (db, slug) => db.deal.findUnique({ where: { slug }, include }),
  keyOf: (d) => d.slug,
  versionOf: (d) => d.version,
  retiredAt: (d) => d.retiredAt,
  toValues: deal.toValues,
  parse: deal.parse,
  dataValues: deal.write,
  references,
  async choices(db) {
    const [countries, sources, organisations, instruments, recommendations] = await Promise.all([
      countryOptions(db),
      sourceOptions(db),
      db.organisation.findMany({ where: { retiredAt: null }, orderBy: { name: 'asc' }, select: { slug: true, name: true } }),
      // Retired instruments too: a deal linked to one keeps its link (and its claim) when edited.
      db.instrument.findMany({ orderBy: { acronym: 'asc' }, select: { code: true, acronym: true, name: true } }),
      db.recommendation.findMany({ orderBy: { number: 'asc' }, select: { number: true, title: true } }),
    ]);
    return {
      partner_country: countries,
      work_country: countries,
      value_source: sources,
      sources,
      events: sources,
      ...claimChoices(deal.fields, sources),
      organisations: organisations.map((o) => ({ value: o.slug, label: o.name })),
      instruments: instruments.map((i) => ({ value: i.code, label: `${i.acronym}: ${i.name}` })),
      recommendations: recommendations.map((r) => ({ value: String(r.number), label: `${r.number}. ${r.title}` })),
    };
  },
  async create(db, d) {
    const { row, orgs, refs } = await rowOf(db, d);
    const created = await db.deal.create({ data: { ...row, ...deal.links(d, 'connect', 'form', refs) } });
    await writeOrganisations(db, created.id, d, orgs);
    await writeDealEvents(db, created.id, d.events, refs);
  },
  async update(db, record, d) {
    const { row, orgs, refs } = await rowOf(db, d);
    await db.deal.update({ where: { id: record.id }, data: { ...row, ...deal.links(d, 'set', 'form', refs) } });
    await writeOrganisations(db, record.id, d, orgs);
    await writeDealEvents(db, record.id, d.events, refs);
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.deal.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
