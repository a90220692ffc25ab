// A country, defined once: its names and its EU, NATO and IP4 memberships. Countries are reference
// data that deals and organisations point at, so they are edited but never retired.
import { z } from 'zod';
import type { Country, Prisma } from '@/lib/generated/prisma/client';
import { refreshDealSearchText } from '@/lib/editing/shared';
import type { Editor } from '@/lib/editing/types';
import { countryCodeSchema } from '@/lib/schemas/country';
import { fieldKit, noRefs } from './fields';

const f = fieldKit<Country, Prisma.CountryUncheckedCreateInput>();

export const country = f.record(
  {
    code: f.text('code', countryCodeSchema, { key: true }),
    name: f.text('name', z.string().trim().min(2).max(100)),
    nameKo: f.optional('nameKo', z.string().trim().max(100).optional()),
    eu: f.flag('eu'),
    nato: f.flag('nato'),
    ip4: f.flag('ip4'),
  },
  { key: 'code' },
);

export const countrySchema = country.schema;
export type CountryInput = z.input<typeof countrySchema>;
export type CountryData = z.output<typeof countrySchema>;

export const countryEditor: Editor<Country, CountryData> = {
  entity: 'country',
  fields: country.fields,
  retirable: false,
  load: (db, code) => db.country.findUnique({ where: { code } }),
  keyOf: (c) => c.code,
  versionOf: (c) => c.version,
  retiredAt: () => null,
  toValues: country.toValues,
  parse: country.parse,
  dataValues: country.write,
  references: async () => ({}),
  async create(db, c) {
    await db.country.create({ data: country.row(c, noRefs) });
  },
  async update(db, record, c) {
    await db.country.update({ where: { code: record.code }, data: country.row(c, noRefs) });
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
