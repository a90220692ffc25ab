// A country, defined once: its names and its EU, NATO and IP4 memberships. Countries are reference
// data that deals and organisations point at, so they are edited but never retired.
import { z } from 'zod';
import type { Country, Prisma } from '@/lib/generated/prisma/client';
import { missingSources, refreshDealSearchText, sourceOptions, sourceRefs } from '@/lib/editing/shared';
import type { Db, Editor, FieldErrors } from '@/lib/editing/types';
import { countryCodeSchema } from '@/lib/schemas/country';
import { type StoredClaim, claimChoices, claimReferences, claimSources, claimsField, claimsInclude } from './claims';
import { fieldKit } from './fields';

/** A stored country with what its memberships rest on. */
export type CountryStored = Country & { claims?: readonly StoredClaim[] };

const f = fieldKit<CountryStored, Prisma.CountryUncheckedCreateInput>();

export const country = f.record(
  {
    code: f.text('code', countryCodeSchema, { key: true }),
    name: f.text('name', z.string().trim().min(2).max(100)),
    nameKo: f.optional('nameKo', z.string().trim().max(100).optional()),
    eu: f.flag('eu'),
    nato: f.flag('nato'),
    ip4: f.flag('ip4'),
    /** What each membership rests on: the paper where it says so, otherwise the body's own list (a reference). */
    claims: claimsField<CountryStored, Prisma.CountryUncheckedCreateInput>({ eu: 'eu', nato: 'nato', ip4: 'ip4' }),
  },
  { key: 'code' },
);

export const countrySchema = country.schema;
export type CountryInput = z.input<typeof countrySchema>;
export type CountryData = z.output<typeof countrySchema>;

const include = { claims: claimsInclude } satisfies Prisma.CountryInclude;
type CountryRecord = Prisma.CountryGetPayload<{ include: typeof include }>;

async function rowOf(db: Db, c: CountryData) {
  const refs = await sourceRefs(db, claimSources(c.claims));
  return { row: country.row(c, refs), refs };
}

export const countryEditor: Editor<CountryRecord, CountryData> = {
  entity: 'country',
  fields: country.fields,
  retirable: false,
  load: (db, code) => db.country.findUnique({ where: { code }, include }),
  keyOf: (c) => c.code,
  versionOf: (c) => c.version,
  retiredAt: () => null,
  toValues: country.toValues,
  parse: country.parse,
  dataValues: country.write,
  async references(db, c) {
    const errors: FieldErrors = {};
    Object.assign(errors, claimReferences(country.fieldOf, c.claims, await missingSources(db, claimSources(c.claims))));
    return errors;
  },
  async choices(db) {
    return claimChoices(country.fields, await sourceOptions(db));
  },
  async create(db, c) {
    const { row, refs } = await rowOf(db, c);
    await db.country.create({ data: { ...row, ...country.links(c, 'connect', 'all', refs) } });
  },
  async update(db, record, c) {
    const { row, refs } = await rowOf(db, c);
    await db.country.update({ where: { code: record.code }, data: { ...row, ...country.links(c, 'set', 'form', refs) } });
    // A deal's search text holds its country's names.
    if (record.name !== c.name || (record.nameKo ?? null) !== (c.nameKo ?? null)) await refreshDealSearchText(db, { partnerCountryCode: record.code });
  },
  async claim(db, code, expected, changes) {
    // Countries are never retired, so only the version moves.
    void changes;
    const { count } = await db.country.updateMany({ where: { code, version: expected }, data: { version: expected + 1 } });
    return count;
  },
};
