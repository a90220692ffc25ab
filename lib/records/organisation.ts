// An organisation (a firm, a public body, an international organisation), defined once. It has no
// page of its own: the register page lists it, and its history is its record page.
import { z } from 'zod';
import type { Organisation, Prisma } from '@/lib/generated/prisma/client';
import { countryOptions, refreshDealSearchText } from '@/lib/editing/shared';
import type { Editor, FieldErrors } from '@/lib/editing/types';
import { slugSchema } from '@/lib/schemas/common';
import { countryCodeSchema } from '@/lib/schemas/country';
import { organisationKinds, organisationOrigins } from '@/lib/schemas/organisation';
import { fieldKit, noRefs } from './fields';

const f = fieldKit<Organisation, Prisma.OrganisationUncheckedCreateInput>();

export const organisation = f.record(
  {
    slug: f.text('slug', slugSchema, { key: true }),
    name: f.text('name', z.string().trim().min(2).max(200)),
    nameKo: f.optional('nameKo', z.string().trim().max(200).optional()),
    kind: f.choice('kind', organisationKinds, 'vocab.organisationKind'),
    origin: f.choice('origin', organisationOrigins, 'vocab.organisationOrigin'),
    countryCode: f.optional('countryCode', countryCodeSchema.optional(), { name: 'country', kind: 'select' }),
    summary: f.optional('summary', z.string().trim().max(2000).optional(), { kind: 'textarea' }),
    summaryKo: f.optional('summaryKo', z.string().trim().max(2000).optional(), { kind: 'textarea', laterColumn: true }),
  },
  { key: 'slug' },
);

export const organisationSchema = organisation.schema;
export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationData = z.output<typeof organisationSchema>;

export const organisationEditor: Editor<Organisation, OrganisationData> = {
  entity: 'organisation',
  fields: organisation.fields,
  retirable: true,
  load: (db, slug) => db.organisation.findUnique({ where: { slug } }),
  keyOf: (o) => o.slug,
  versionOf: (o) => o.version,
  retiredAt: (o) => o.retiredAt,
  toValues: organisation.toValues,
  parse: organisation.parse,
  dataValues: organisation.write,
  async references(db, o): Promise<FieldErrors> {
    if (!o.countryCode) return {};
    const country = await db.country.findUnique({ where: { code: o.countryCode }, select: { code: true } });
    return country ? {} : { country: [{ code: 'unknown', params: { values: o.countryCode } }] };
  },
  choices: async (db) => ({ country: await countryOptions(db) }),
  async create(db, o) {
    await db.organisation.create({ data: organisation.row(o, noRefs) });
  },
  async update(db, record, o) {
    await db.organisation.update({ where: { id: record.id }, data: organisation.row(o, noRefs) });
    // A deal's search text holds its organisations' names.
    if (record.name !== o.name || (record.nameKo ?? null) !== (o.nameKo ?? null)) await refreshDealSearchText(db, { organisationId: record.id });
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.organisation.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
