// Organisations (firms, public bodies, international organisations) as editable records. They have
// no page of their own: the register page lists them, and their history is their record page.
import type { Organisation } from '@/lib/generated/prisma/client';
import { organisationKinds, organisationOrigins, organisationSchema } from '@/lib/schemas/organisation';
import { countryOptions, refreshDealSearchText, snakeFieldOf } from './shared';
import type { Editor, FieldErrors, FieldSpec, Values } from './types';
import { optionalText, text, zodProblems } from './values';

type OrganisationData = ReturnType<typeof organisationSchema.parse>;

const fields: FieldSpec[] = [
  { name: 'slug', kind: 'text', required: true, key: true },
  { name: 'name', kind: 'text', required: true },
  { name: 'name_ko', kind: 'text' },
  { name: 'kind', kind: 'select', required: true, options: organisationKinds, vocab: 'vocab.organisationKind' },
  { name: 'origin', kind: 'select', required: true, options: organisationOrigins, vocab: 'vocab.organisationOrigin' },
  { name: 'country', kind: 'select' },
  { name: 'summary', kind: 'textarea' },
];
const fieldOf = snakeFieldOf({ countryCode: 'country' }, 'slug');

/** The one mapping from an organisation (as stored, or as parsed) to its form's flat values. */
const flatValues = (o: Pick<Organisation, 'slug' | 'name' | 'kind' | 'origin'> & { nameKo?: string | null; countryCode?: string | null; summary?: string | null }): Values => ({
  slug: o.slug,
  name: o.name,
  name_ko: o.nameKo ?? '',
  kind: o.kind,
  origin: o.origin,
  country: o.countryCode ?? '',
  summary: o.summary ?? '',
});

function parse(values: Values) {
  const input = {
    slug: text(values.slug),
    name: text(values.name),
    nameKo: optionalText(values.name_ko),
    kind: text(values.kind),
    origin: text(values.origin),
    countryCode: optionalText(values.country),
    summary: optionalText(values.summary),
  };
  const result = organisationSchema.safeParse(input);
  if (!result.success) return { ok: false as const, errors: zodProblems(result.error.issues, fieldOf) as FieldErrors };
  return { ok: true as const, data: result.data, key: result.data.slug };
}


const row = (o: OrganisationData) => ({
  name: o.name,
  nameKo: o.nameKo ?? null,
  kind: o.kind,
  origin: o.origin,
  countryCode: o.countryCode ?? null,
  summary: o.summary ?? null,
});

export const organisationEditor: Editor<Organisation, OrganisationData> = {
  entity: 'organisation',
  fields,
  retirable: true,
  load: (db, slug) => db.organisation.findUnique({ where: { slug } }),
  keyOf: (o) => o.slug,
  versionOf: (o) => o.version,
  retiredAt: (o) => o.retiredAt,
  toValues: flatValues,
  parse,
  dataValues: flatValues,
  async references(db, o): Promise<FieldErrors> {
    if (!o.countryCode) return {};
    const country = await db.country.findUnique({ where: { code: o.countryCode }, select: { code: true } });
    return country ? {} : { country: [{ code: 'unknown', params: { values: o.countryCode } }] };
  },
  choices: async (db) => ({ country: await countryOptions(db) }),
  async create(db, o) {
    await db.organisation.create({ data: { ...row(o), slug: o.slug } });
  },
  async update(db, record, o) {
    await db.organisation.update({ where: { id: record.id }, data: row(o) });
    if (record.name !== o.name || (record.nameKo ?? null) !== (o.nameKo ?? null)) await refreshDealSearchText(db, { organisationId: record.id });
  },
  async claim(db, slug, expected, changes) {
    const { count } = await db.organisation.updateMany({ where: { slug, version: expected }, data: { version: expected + 1, ...changes } });
    return count;
  },
};
