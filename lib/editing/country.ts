// Countries as editable records: their names and their EU, NATO and IP4 memberships. They are
// reference data that deals and organisations point at, so they are edited but never retired.
import type { Country } from '@/lib/generated/prisma/client';
import { countrySchema } from '@/lib/schemas/country';
import { refreshDealSearchText, snakeFieldOf } from './shared';
import type { Editor, FieldErrors, FieldSpec, Values } from './types';
import { optionalText, parseBoolean, text, zodProblems } from './values';

type CountryData = ReturnType<typeof countrySchema.parse>;

const fields: FieldSpec[] = [
  { name: 'code', kind: 'text', required: true, key: true },
  { name: 'name', kind: 'text', required: true },
  { name: 'name_ko', kind: 'text' },
  { name: 'eu', kind: 'checkbox' },
  { name: 'nato', kind: 'checkbox' },
  { name: 'ip4', kind: 'checkbox' },
];
const fieldOf = snakeFieldOf({}, 'code');

/** The one mapping from a country (as stored, or as parsed) to its form's flat values. */
const flatValues = (c: Pick<Country, 'code' | 'name' | 'eu' | 'nato' | 'ip4'> & { nameKo?: string | null }): Values => ({
  code: c.code,
  name: c.name,
  name_ko: c.nameKo ?? '',
  eu: String(c.eu),
  nato: String(c.nato),
  ip4: String(c.ip4),
});

function parse(values: Values) {
  const errors: FieldErrors = {};
  const input = {
    code: text(values.code),
    name: text(values.name),
    nameKo: optionalText(values.name_ko),
    eu: parseBoolean(values.eu, 'eu', errors),
    nato: parseBoolean(values.nato, 'nato', errors),
    ip4: parseBoolean(values.ip4, 'ip4', errors),
  };
  const result = countrySchema.safeParse(input);
  const all: FieldErrors = { ...errors };
  if (!result.success) for (const [field, problems] of Object.entries(zodProblems(result.error.issues, fieldOf))) all[field] ??= problems;
  if (Object.keys(all).length || !result.success) return { ok: false as const, errors: all };
  return { ok: true as const, data: result.data, key: result.data.code };
}


const row = (c: CountryData) => ({ name: c.name, nameKo: c.nameKo ?? null, eu: c.eu, nato: c.nato, ip4: c.ip4 });

export const countryEditor: Editor<Country, CountryData> = {
  entity: 'country',
  fields,
  retirable: false,
  load: (db, code) => db.country.findUnique({ where: { code } }),
  keyOf: (c) => c.code,
  versionOf: (c) => c.version,
  retiredAt: () => null,
  toValues: flatValues,
  parse,
  dataValues: flatValues,
  references: async () => ({}),
  async create(db, c) {
    await db.country.create({ data: { ...row(c), code: c.code } });
  },
  async update(db, record, c) {
    await db.country.update({ where: { code: record.code }, data: row(c) });
    if (record.name !== c.name || (record.nameKo ?? null) !== (c.nameKo ?? null)) await refreshDealSearchText(db, { partnerCountryCode: record.code });
  },
  async claim(db, code, expected, changes) {
    // Countries are never retired, so only the version moves.
    void changes;
    const { count } = await db.country.updateMany({ where: { code, version: expected }, data: { version: expected + 1 } });
    return count;
  },
};
