// Instrument search reads the third-country terms and the notes on South Korea's access, and every
// sortable column sorts both ways: against a real, seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InstrumentFilters, type InstrumentSort, emptyInstrumentFilters, parseInstrumentFilters } from '@/lib/filters/instruments';
import { listInstruments } from '@/lib/queries/instruments';
import { accessLevels, instrumentKinds, instrumentOwners } from '@/lib/schemas/instrument';
import { normaliseForSearch } from '@/lib/search';
import { parseSeed, seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const data = parseSeed();
const view = (f: Partial<InstrumentFilters>) => ({ ...emptyInstrumentFilters, ...f });
const codes = async (f: Partial<InstrumentFilters>) => (await listInstruments(view(f), temp.db)).map((i) => i.code);

describe('instrument search', () => {
  it.each(['Korea', '35%', 'non-EU', '비EU'])('finds "%s" in the terms and access notes, as the seed writes them', async (q) => {
    const needle = normaliseForSearch(q);
    const expected = data.instruments
      .filter((i) => [i.acronym, i.name, i.nameKo, i.summary, i.summaryKo, i.thirdCountryTerms, i.accessNote, i.accessNoteKo].some((t) => t && normaliseForSearch(t).includes(needle)))
      .map((i) => i.code)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await codes({ q })).sort()).toEqual(expected);
  });

  it('finds an instrument by words only its access note has', async () => {
    // "35%" is in no instrument's name or summary: only terms and notes hold it.
    const inNames = data.instruments.filter((i) => [i.name, i.summary].some((t) => t.includes('35%')));
    expect(inNames).toEqual([]);
    expect((await codes({ q: '35%' })).length).toBeGreaterThan(0);
  });
});

describe('instrument sorts', () => {
  const rank = (vocabulary: readonly string[]) => (value: string) => vocabulary.indexOf(value);
  const cases: Array<[InstrumentSort, (row: { accessLevel: string; owner: string; kind: string }) => number]> = [
    ['access', (r) => rank(accessLevels)(r.accessLevel)],
    ['owner', (r) => rank(instrumentOwners)(r.owner)],
    ['kind', (r) => rank(instrumentKinds)(r.kind)],
  ];
  it.each(cases)('sorts by %s in the vocabulary order, and reversed', async (sort, key) => {
    const up = (await listInstruments(view({ sort }), temp.db)).map(key);
    const down = (await listInstruments(view({ sort: `-${sort}` as InstrumentSort }), temp.db)).map(key);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(new Set(up).size).toBeGreaterThan(1);
  });

  it('reads the new sorts from the address, and drops unknown ones', () => {
    expect(parseInstrumentFilters({ sort: '-access' }).filters.sort).toBe('-access');
    expect(parseInstrumentFilters({ sort: 'terms' }).dropped).toEqual([{ key: 'sort', value: 'terms' }]);
  });
});
