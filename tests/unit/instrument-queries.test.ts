// Instrument, deal-detail and bibliography reads against a real, seeded SQLite file. Expectations
// are computed from the seed data, so they follow it when it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InstrumentFilters, emptyInstrumentFilters } from '@/lib/filters/instruments';
import { getDeal } from '@/lib/queries/deal-detail';
import { getInstrument, instrumentFacets, listInstruments } from '@/lib/queries/instruments';
import { listSources, sourceCitations } from '@/lib/queries/sources';
import { accessLevels } from '@/lib/schemas/instrument';
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
const count = (values: Array<{ value: string; count: number }>, value: string) => values.find((v) => v.value === value)?.count;

describe('listInstruments and instrumentFacets', () => {
  it('counts every facet value over all instruments when nothing is chosen', async () => {
    const facets = await instrumentFacets(view({}), temp.db);
    for (const owner of ['EU', 'NATO']) expect(count(facets.owner, owner)).toBe(data.instruments.filter((i) => i.owner === owner).length);
    for (const level of accessLevels) expect(count(facets.access, level)).toBe(data.instruments.filter((i) => i.accessLevel === level).length);
  });

  it('counts a facet with the other facets applied but not its own', async () => {
    const nato = data.instruments.filter((i) => i.owner === 'NATO');
    const facets = await instrumentFacets(view({ owner: ['NATO'] }), temp.db);
    // The owner facet ignores the owner filter…
    expect(count(facets.owner, 'EU')).toBe(data.instruments.filter((i) => i.owner === 'EU').length);
    // …while the others count only NATO's instruments.
    expect(count(facets.kind, 'partnership-framework')).toBe(nato.filter((i) => i.kind === 'partnership-framework').length);
    expect(count(facets.kind, 'grant-fund')).toBe(0);
    expect(facets.access.reduce((n, v) => n + v.count, 0)).toBe(nato.length);
    expect((await listInstruments(view({ owner: ['NATO'] }), temp.db)).map((i) => i.code).sort()).toEqual(nato.map((i) => i.code).sort());
  });

  it('reports how many instruments removing each filter would bring back', async () => {
    const f = view({ owner: ['NATO'], kind: ['grant-fund'] });
    expect(await listInstruments(f, temp.db)).toEqual([]);
    const { without } = await instrumentFacets(f, temp.db);
    expect(without.kind).toBe(data.instruments.filter((i) => i.owner === 'NATO').length);
    expect(without.owner).toBe(data.instruments.filter((i) => i.kind === 'grant-fund').length);
  });

  it('searches acronym, name and summary case-insensitively', async () => {
    const codes = async (q: string) => (await listInstruments(view({ q }), temp.db)).map((i) => i.code).sort();
    const expected = (word: string) =>
      data.instruments.filter((i) => `${i.acronym} ${i.name} ${i.summary}`.toLowerCase().includes(word)).map((i) => i.code).sort();
    expect(await codes('VENTURE')).toEqual(expected('venture'));
    expect(await codes('safe')).toEqual(expected('safe'));
    expect(await codes('no such thing')).toEqual([]);
  });

  it('sorts by access from the most to the least direct, and by budget with unstated budgets last', async () => {
    const byAccess = await listInstruments(view({ sort: 'access' }), temp.db);
    const ranks = byAccess.map((i) => (accessLevels as readonly string[]).indexOf(i.accessLevel));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const byBudget = await listInstruments(view({ sort: '-budget' }), temp.db);
    const budgets = data.instruments.filter((i) => i.budget).sort((a, b) => (b.budget?.amount ?? 0) - (a.budget?.amount ?? 0));
    expect(byBudget.slice(0, budgets.length).map((i) => i.code)).toEqual(budgets.map((i) => i.code));
    expect(byBudget.slice(budgets.length).every((i) => i.budgetAmount === null)).toBe(true);
    const byName = (await listInstruments(view({ sort: '-name' }), temp.db)).map((i) => i.acronym);
    expect(byName).toEqual([...byName].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
  });
});

describe('getInstrument and getDeal', () => {
  it('loads an instrument with its recommendations and challenges, and null for an unknown code', async () => {
    const edip = await getInstrument('edip', temp.db);
    expect(edip?.recommendations.map((r) => r.number)).toEqual(
      data.recommendations.filter((r) => r.instrumentCodes.includes('edip')).map((r) => r.number),
    );
    expect(edip?.challenges.map((c) => c.slug).sort()).toEqual(data.challenges.filter((c) => c.instrumentCodes.includes('edip')).map((c) => c.slug).sort());
    expect(await getInstrument('no-such-instrument', temp.db)).toBeNull();
  });

  it('loads a deal with its value source and dated events', async () => {
    const k2 = data.deals.find((d) => d.slug === 'hyundai-rotem-k2-poland-2025');
    const deal = await getDeal('hyundai-rotem-k2-poland-2025', temp.db);
    expect(deal?.valueSource?.slug).toBe(k2?.value?.sourceSlug);
    expect(deal?.events.map((e) => e.source.slug)).toEqual(k2?.events.map((e) => e.sourceSlug));
    expect(await getDeal('no-such-deal', temp.db)).toBeNull();
  });
});

describe('listSources', () => {
  it('gives with each work what cites it', async () => {
    const sources = await listSources(undefined, temp.db);
    const k2source = sources.find((s) => s.slug === 'shin-lee-2025-k2-poland');
    const k2 = (await sourceCitations([k2source!.id], temp.db)).get(k2source!.id);
    expect(k2?.deals.map((d) => d.slug)).toContain('hyundai-rotem-k2-poland-2025');
    expect(k2?.totals.deals).toBe(k2?.deals.length);
    expect(k2?.dealValues.map((d) => d.slug)).toEqual(data.deals.filter((d) => d.value?.sourceSlug === k2source?.slug).map((d) => d.slug));
    expect(k2?.keyFigures.map((k) => k.slug)).toEqual(data.keyFigures.filter((k) => k.sourceSlug === k2source?.slug).map((k) => k.slug));
  });

  it('orders by footnote (the paper first), by date either way, and filters by text', async () => {
    const byFootnote = (await listSources(undefined, temp.db)).map((s) => (s.kind === 'paper' ? 0 : (s.footnotes[0]?.number ?? Number.MAX_SAFE_INTEGER)));
    expect(byFootnote[0]).toBe(0);
    expect(byFootnote).toEqual([...byFootnote].sort((a, b) => a - b));
    // Dated works in date order either way; undated ones (the references) last in both.
    const dates = (await listSources({ sort: 'date' }, temp.db)).map((s) => s.publishedOn ?? '');
    const dated = dates.filter(Boolean);
    expect(dates).toEqual([...[...dated].sort(), ...dates.filter((d) => !d)]);
    const newest = (await listSources({ sort: '-date' }, temp.db)).map((s) => s.publishedOn ?? '');
    expect(newest).toEqual([...[...dated].sort().reverse(), ...newest.filter((d) => !d)]);
    expect(dates.filter((d) => !d).length).toBeGreaterThan(0);
    const found = await listSources({ sort: 'footnote', q: 'KOREA ECONOMIC daily' }, temp.db);
    expect(found.map((s) => s.slug).sort()).toEqual(data.sources.filter((s) => s.publisher === 'The Korea Economic Daily').map((s) => s.slug).sort());
  });
});
