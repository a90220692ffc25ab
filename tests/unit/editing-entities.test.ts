// The instrument, source, organisation, country and key-figure editors: every seeded record reads
// back unchanged, and create, update, the version rule, retiring and "no number without a source".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryEditor } from '@/lib/records/country';
import { instrumentEditor } from '@/lib/records/instrument';
import { keyFigureEditor } from '@/lib/records/key-figure';
import { organisationEditor } from '@/lib/records/organisation';
import { editPath, editorFor, recordPath } from '@/lib/records/registry';
import { saveRecord, setRetired } from '@/lib/editing/save';
import { sourceEditor } from '@/lib/records/source';
import type { AnyEditor, Values } from '@/lib/editing/types';
import { listInstruments } from '@/lib/queries/instruments';
import { getOverview } from '@/lib/queries/overview';
import { listSources } from '@/lib/queries/sources';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const eda = { id: null, name: 'Eda Editor' };
const other = { id: null, name: 'Other Editor' };
const PAPER = 'fiott-2025-ties-that-truly-bind';

type Case = { editor: AnyEditor; keys: () => Promise<string[]>; fresh: Values; change: Values; retirable: boolean };

const cases: Record<string, Case> = {
  instrument: {
    editor: instrumentEditor,
    keys: async () => (await temp.db.instrument.findMany({ select: { code: true } })).map((r) => r.code),
    fresh: {
      code: 'test-fund',
      acronym: 'TF',
      name: 'Test Defence Fund',
      owner: 'EU',
      kind: 'grant-fund',
      budget_amount: '1500000000',
      budget_currency: 'EUR',
      budget_text: '€1.5 billion',
      budget_source: PAPER,
      period_start: '2026',
      period_end: '2030',
      third_country_terms: 'Open to partners under conditions.',
      access_level: 'conditional',
      access_note: 'Korean firms may join as subcontractors.',
      summary: 'A synthetic fund used by the editing tests.',
      sources: PAPER,
    },
    change: { budget_text: '€1.5 billion over five years' },
    retirable: true,
  },
  source: {
    editor: sourceEditor,
    keys: async () => (await temp.db.source.findMany({ select: { slug: true } })).map((r) => r.slug),
    fresh: { slug: 'test-2026-new-source', kind: 'article', authors: 'Doe, J.', title: 'A new source for the tests', publisher: 'Test Press', published_on: '2026-01', url: 'https://example.org/a' },
    change: { title: 'A renamed source for the tests' },
    retirable: true,
  },
  organisation: {
    editor: organisationEditor,
    keys: async () => (await temp.db.organisation.findMany({ select: { slug: true } })).map((r) => r.slug),
    fresh: { slug: 'test-defence-works', name: 'Test Defence Works', kind: 'firm', origin: 'european', country: 'PL' },
    change: { summary: 'A synthetic firm.' },
    retirable: true,
  },
  country: {
    editor: countryEditor,
    keys: async () => (await temp.db.country.findMany({ select: { code: true } })).map((r) => r.code),
    fresh: { code: 'EE', name: 'Estonia', name_ko: '에스토니아', eu: 'true', nato: 'true', ip4: 'false' },
    change: { nato: 'false' },
    retirable: false,
  },
  'key-figure': {
    editor: keyFigureEditor,
    keys: async () => (await temp.db.keyFigure.findMany({ select: { slug: true } })).map((r) => r.slug),
    fresh: { slug: 'test-figure', label: 'A figure for the tests', value: '42', unit: 'countries', value_text: '42 countries', year: '2025', source: PAPER, quote: 'Korean firms such as Hanwha, Hyundai Rotem and Korea Aerospace Industries have proven their ability' },
    change: { value_text: 'forty-two countries' },
    retirable: true,
  },
};

describe.each(Object.entries(cases))('the %s editor', (entity, c) => {
  const key = () => c.fresh[c.editor.fields.find((f) => f.key)!.name]!;

  it('is registered and reads every seeded record back unchanged', async () => {
    expect(editorFor(entity)).toBe(c.editor);
    const keys = await c.keys();
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      const record = (await c.editor.load(temp.db, k))!;
      const values = c.editor.toValues(record);
      expect(Object.keys(values).sort(), k).toEqual(c.editor.fields.map((f) => f.name).sort());
      const parsed = c.editor.parse(values);
      expect(parsed.ok, `${k}: ${JSON.stringify(parsed.ok ? '' : parsed.errors)}`).toBe(true);
      if (parsed.ok) {
        expect(parsed.key).toBe(k);
        expect(c.editor.dataValues(parsed.data), k).toEqual(values);
      }
    }
  });

  it('creates a record at version 1, with a revision', async () => {
    const result = await saveRecord(temp.db, c.editor, { key: null, values: c.fresh, note: 'Added for the tests', author: eda });
    expect(result).toMatchObject({ ok: true, action: 'create', version: 1, key: key() });
    const record = (await c.editor.load(temp.db, key()))!;
    expect(c.editor.versionOf(record)).toBe(1);
    const parsed = c.editor.parse(c.fresh);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(c.editor.toValues(record)).toEqual(c.editor.dataValues(parsed.data));
    const duplicate = await saveRecord(temp.db, c.editor, { key: null, values: c.fresh, note: 'Again', author: eda });
    expect(duplicate).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('updates from the loaded version and refuses a stale save, overwriting nothing', async () => {
    const record = (await c.editor.load(temp.db, key()))!;
    const values = { ...c.editor.toValues(record), ...c.change };
    const [field] = Object.keys(c.change);
    const updated = await saveRecord(temp.db, c.editor, { key: key(), expectedVersion: 1, values, note: 'Corrected', author: eda });
    expect(updated).toMatchObject({ ok: true, action: 'update', version: 2, changes: [{ field, to: c.change[field!] }] });
    const stale = await saveRecord(temp.db, c.editor, { key: key(), expectedVersion: 1, values: { ...values, [field!]: c.fresh[field!] ?? '' }, note: 'Stale edit', author: other });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', currentVersion: 2 });
    if (!stale.ok && stale.reason === 'conflict') expect(stale.since.map((s) => s.note)).toEqual(['Corrected']);
    const after = (await c.editor.load(temp.db, key()))!;
    expect(c.editor.versionOf(after)).toBe(2);
    expect(c.editor.toValues(after)[field!]).toBe(c.change[field!]);
    const revisions = await temp.db.revision.findMany({ where: { entity, recordKey: key() }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => [r.version, r.action, r.authorName])).toEqual([
      [1, 'create', 'Eda Editor'],
      [2, 'update', 'Eda Editor'],
    ]);
  });

  it(c.retirable ? 'retires and restores with a revision each' : 'is never retired', async () => {
    const retired = await setRetired(temp.db, c.editor, { key: key(), expectedVersion: 2, retire: true, note: 'No longer relevant', author: eda });
    if (!c.retirable) {
      expect(retired).toEqual({ ok: false, reason: 'not-retirable' });
      return;
    }
    expect(retired).toEqual({ ok: true, version: 3 });
    expect(c.editor.retiredAt((await c.editor.load(temp.db, key()))!)).toBeInstanceOf(Date);
    const stale = await setRetired(temp.db, c.editor, { key: key(), expectedVersion: 2, retire: false, note: 'Stale restore', author: eda });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', currentVersion: 3 });
    const restored = await setRetired(temp.db, c.editor, { key: key(), expectedVersion: 3, retire: false, note: 'Back again', author: eda });
    expect(restored).toEqual({ ok: true, version: 4 });
  });
});

describe('a number without its source', () => {
  it('is refused for an instrument budget, and a budget source without an amount too', async () => {
    const noSource = instrumentEditor.parse({ ...cases.instrument!.fresh, budget_source: '' });
    expect(noSource).toMatchObject({ ok: false, errors: { budget_source: [{ code: 'needsSource' }] } });
    const noAmount = instrumentEditor.parse({ ...cases.instrument!.fresh, budget_amount: '' });
    expect(noAmount).toMatchObject({ ok: false, errors: { budget_amount: [{ code: 'needsAmount' }] } });
    const before = await temp.db.revision.count();
    const result = await saveRecord(temp.db, instrumentEditor, { key: null, values: { ...cases.instrument!.fresh, code: 'no-source-fund', budget_source: '' }, note: 'Should fail', author: eda });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: { budget_source: [{ code: 'needsSource' }] } });
    expect(await temp.db.revision.count()).toBe(before);
    expect(await temp.db.instrument.findUnique({ where: { code: 'no-source-fund' } })).toBeNull();
  });

  it('refuses a key figure whose quote the paper does not have, and takes it whatever its quotes and dashes', () => {
    const invented = keyFigureEditor.parse({ ...cases['key-figure']!.fresh, quote: 'The paper states forty-two, in a sentence.' });
    expect(invented).toMatchObject({ ok: false, errors: { quote: [{ code: 'notInPaper' }] } });
    const retyped = keyFigureEditor.parse({ ...cases['key-figure']!.fresh, quote: "Seoul's defence exports rose sharply in recent years - reaching roughly US$14 billion" });
    expect(retyped.ok).toBe(true);
  });

  it('is refused for a key figure, and an unknown source is named', async () => {
    expect(keyFigureEditor.parse({ ...cases['key-figure']!.fresh, source: '' })).toMatchObject({ ok: false, errors: { source: [{ code: 'needsSource' }] } });
    const ghost = await saveRecord(temp.db, keyFigureEditor, { key: null, values: { ...cases['key-figure']!.fresh, slug: 'ghost-figure', source: 'nowhere-2026' }, note: 'Should fail', author: eda });
    expect(ghost).toMatchObject({ ok: false, reason: 'invalid', errors: { source: [{ code: 'unknown', params: { values: 'nowhere-2026' } }] } });
  });
});

describe('validation field by field', () => {
  it('names each bad field in the flat names', () => {
    const bad = instrumentEditor.parse({ ...cases.instrument!.fresh, owner: 'UN', period_start: '2031', period_end: '2030', acronym: '' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['acronym', 'owner', 'period_end']);
    const source = sourceEditor.parse({ ...cases.source!.fresh, url: 'ftp://x', published_on: '2026-13' });
    expect(source).toMatchObject({ ok: false, errors: { url: [{ code: 'url' }], published_on: [{ code: 'date' }] } });
    const country = countryEditor.parse({ ...cases.country!.fresh, code: 'EST' });
    expect(country).toMatchObject({ ok: false, errors: { code: [{ code: 'slug' }] } });
  });
});

describe('retired records leave the lists', () => {
  it('hides retired instruments, sources and key figures, and renaming a country updates deal search', async () => {
    const instrument = (await instrumentEditor.load(temp.db, 'edf'))!;
    await setRetired(temp.db, instrumentEditor, { key: 'edf', expectedVersion: instrument.version, retire: true, note: 'Test retire', author: eda });
    expect((await listInstruments(undefined, temp.db)).map((i) => i.code)).not.toContain('edf');
    expect(await instrumentEditor.load(temp.db, 'edf')).not.toBeNull();

    const source = (await sourceEditor.load(temp.db, 'test-2026-new-source'))!;
    await setRetired(temp.db, sourceEditor, { key: source.slug, expectedVersion: source.version, retire: true, note: 'Test retire', author: eda });
    expect((await listSources(undefined, temp.db)).map((s) => s.slug)).not.toContain(source.slug);

    const figure = (await keyFigureEditor.load(temp.db, 'rok-exporter-rank'))!;
    await setRetired(temp.db, keyFigureEditor, { key: figure.slug, expectedVersion: figure.version, retire: true, note: 'Test retire', author: eda });
    expect((await getOverview(temp.db)).keyFigures.map((k) => k.slug)).not.toContain(figure.slug);

    const poland = (await countryEditor.load(temp.db, 'PL'))!;
    const renamed = await saveRecord(temp.db, countryEditor, { key: 'PL', expectedVersion: poland.version, values: { ...countryEditor.toValues(poland), name: 'Polska Testowa' }, note: 'Rename', author: eda });
    expect(renamed.ok).toBe(true);
    const deal = await temp.db.deal.findFirstOrThrow({ where: { partnerCountryCode: 'PL' } });
    expect(deal.searchText).toContain('polska testowa');
  });

  it('gives each kind its page and its edit page', () => {
    expect(recordPath('instrument', 'edf', 'en')).toBe('/instruments/edf');
    expect(recordPath('source', 'x', 'ko')).toBe('/ko/sources#x');
    expect(recordPath('organisation', 'mbda', 'en')).toBe('/register#organisations-mbda');
    expect(editPath('country', 'PL')).toBe('/register/countries/PL/edit');
    expect(editPath('key-figure', 'a')).toBe('/register/key-figures/a/edit');
    expect(editPath('source', 'a')).toBe('/sources/a/edit');
  });
});
