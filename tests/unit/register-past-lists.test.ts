// The register's lists as they stood on a past day are the lists' own queries run on the register
// rewound to that day. A seeded database is changed through the editors at known moments; each list
// (its rows, count, facets and totals, a search among them) is read after each moment, and every
// moment is then rebuilt and must read the same, on both databases.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveRecord } from '@/lib/editing/save';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { parseDealFilters } from '@/lib/filters/deals';
import { parseInstrumentFilters } from '@/lib/filters/instruments';
import { parseSourceFilters } from '@/lib/filters/sources';
import { readView } from '@/lib/lists';
import { dealFacets, dealTotals, listDeals } from '@/lib/queries/deals';
import { instrumentFacets, listInstruments } from '@/lib/queries/instruments';
import { listSources } from '@/lib/queries/sources';
import { dealEditor } from '@/lib/records/deal';
import { instrumentEditor } from '@/lib/records/instrument';
import { PAST_REGISTER_MAX_CHANGES, closePastCopies, oneAtATime, readRegisterAsOf } from '@/lib/records/past-register';
import { sourceEditor } from '@/lib/records/source';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';
import { edit, retire } from './support/register-edits';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
const eda = { id: null, name: 'Eda Editor' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

const views = {
  deals: parseDealFilters({}).filters,
  dealsInPoland: parseDealFilters({ country: 'PL', sort: 'title' }).filters,
  dealsFound: parseDealFilters({ q: 'harbour' }).filters,
  instruments: parseInstrumentFilters({}).filters,
  sources: parseSourceFilters({}).filters,
};

/**
 * Everything the lists show. A seeded record's write time is not recorded once it changes, so
 * `updatedAt` is left out, and so are claims' row ids (a save writes a record's claims anew); search
 * text is compared as its words.
 */
async function readLists(client: PrismaClient) {
  const [deals, facets, totals, inPoland, found, instruments, instrumentFacetCounts, sources] = await Promise.all([
    listDeals(views.deals, client),
    dealFacets(views.deals, client),
    dealTotals(views.deals, client),
    listDeals(views.dealsInPoland, client),
    listDeals(views.dealsFound, client),
    listInstruments(views.instruments, client),
    instrumentFacets(views.instruments, client),
    listSources(views.sources, client),
  ]);
  return JSON.parse(JSON.stringify({ deals, facets, totals, inPoland, found, instruments, instrumentFacetCounts, sources }, function (this: Record<string, unknown>, key, value) {
    if (key === 'updatedAt' || (key === 'id' && 'basis' in this)) return undefined;
    // A save writes a deal's organisations in the form's order: the words are what search reads.
    if (key === 'searchText' && typeof value === 'string') return value.split(' ').filter(Boolean).sort();
    return value;
  }));
}

const moments: Array<{ at: Date; lists: Awaited<ReturnType<typeof readLists>> }> = [];
async function snapshot() {
  await tick();
  moments.push({ at: new Date(), lists: await readLists(temp.db) });
  await tick();
}



let polish: string[] = [];

beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  polish = (await temp.db.deal.findMany({ where: { partnerCountryCode: 'PL' }, orderBy: { slug: 'asc' }, select: { slug: true } })).map((d) => d.slug);
  const other = (await temp.db.deal.findFirstOrThrow({ where: { partnerCountryCode: { not: 'PL' } }, orderBy: { slug: 'asc' }, select: { slug: true } })).slug;
  const source = (await temp.db.source.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { slug: true } })).slug;
  await snapshot();

  // A Polish deal renamed (the search finds it by its new word), another deal moved to Poland, an instrument's access changed.
  await edit(temp.db, dealEditor, polish[0]!, { title: 'Harbour cranes for the K2 line', stage: 'deliveries' });
  await edit(temp.db, dealEditor, other, { partner_country: 'PL' });
  await edit(temp.db, instrumentEditor, 'edf', { access_level: 'dialogue' });
  await snapshot();

  await retire(temp.db, dealEditor, polish[1]!, true);
  await edit(temp.db, sourceEditor, source, { title: 'A source renamed by the tests' });
  const created = await saveRecord(temp.db, dealEditor, {
    key: null,
    values: { ...dealEditor.toValues((await dealEditor.load(temp.db, polish[2]!))!), slug: 'test-harbour-deal', title: 'A harbour deal added by the tests' },
    note: 'Added from a new source',
    author: eda,
  });
  if (!created.ok) throw new Error(`creation refused: ${JSON.stringify(created)}`);
  await snapshot();

  await retire(temp.db, dealEditor, polish[1]!, false);
  await edit(temp.db, dealEditor, polish[0]!, { title: 'Harbour cranes, renamed again' });
  await snapshot();
}, 120_000);
afterAll(async () => {
  await closePastCopies();
  await temp.dispose();
});

describe('the register’s lists as they stood', () => {
  it('are read only where a view can be shown as it stood: elsewhere a past day is named as dropped, never shown as today', () => {
    expect(readView('deals', { asof: '2026-06-30', country: 'PL' }).dropped).toEqual([{ key: 'asof', value: '2026-06-30' }]);
    expect(readView('deals', { asof: '2026-06-30', country: 'PL' }, { past: true })).toMatchObject({ dropped: [], query: '?country=PL&asof=2026-06-30' });
    expect(readView('sources', { asof: '2026-13-01' }, { past: true }).dropped).toEqual([{ key: 'asof', value: '2026-13-01' }]);
    expect(readView('recommendations', { asof: '2026-06-30' }).dropped).toEqual([]);
  });

  it('read at every past moment exactly as they read then: rows, counts, facets, totals and search', async () => {
    expect(new Set(moments.map((m) => JSON.stringify(m.lists))).size).toBe(moments.length);
    for (const { at, lists } of moments) {
      const past = await readRegisterAsOf(at, readLists, temp.db);
      expect(past.ok, at.toISOString()).toBe(true);
      if (past.ok) expect(past.value, at.toISOString()).toEqual(lists);
    }
  });

  it('reads today’s register when nothing was saved since, and leaves today’s register as it is', async () => {
    const now = await readLists(temp.db);
    const past = await readRegisterAsOf(new Date(Date.now() + 60_000), readLists, temp.db);
    expect(past).toEqual({ ok: true, value: now, changes: 0 });
    await readRegisterAsOf(moments[0]!.at, readLists, temp.db);
    expect(await readLists(temp.db)).toEqual(now);
  });

  it('refuses, saying how many, to undo more saves than it rebuilds on request', async () => {
    const saves = await temp.db.revision.count({ where: { at: { gte: moments[0]!.at } } });
    await temp.db.revision.createMany({
      data: Array.from({ length: PAST_REGISTER_MAX_CHANGES + 1 - saves }, (_, i) => ({ entity: 'source', recordKey: 'no-such-source', version: i + 1, action: 'update', changes: '[]', note: 'filler', authorName: 'Bench' })),
    });
    const past = await readRegisterAsOf(moments[0]!.at, readLists, temp.db);
    expect(past).toEqual({ ok: false, reason: 'too-far', changes: PAST_REGISTER_MAX_CHANGES + 1 });
    await temp.db.revision.deleteMany({ where: { recordKey: 'no-such-source' } });
  });

  // SQLite rebuilds in a copy beside the database; where none can be written, the page says so (no 500).
  it.runIf(process.env.TIES_TEST_DATABASE !== 'postgresql')('says it cannot rebuild a day where no copy can be written, and nothing else breaks', async () => {
    if (temp.target.provider !== 'sqlite') throw new Error('SQLite only');
    await closePastCopies();
    const folder = path.join(path.dirname(temp.target.file), 'past');
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(folder, 'not a folder');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await readRegisterAsOf(moments[1]!.at, readLists, temp.db)).toEqual({ ok: false, reason: 'unavailable' });
      expect(errors).toHaveBeenCalledOnce();
    } finally {
      errors.mockRestore();
      rmSync(folder, { force: true });
    }
    expect((await readRegisterAsOf(moments[1]!.at, readLists, temp.db)).ok).toBe(true);
  });

  it('rebuilds one day at a time, with a few waiting their turn and the rest refused as busy', async () => {
    const limit = oneAtATime(2);
    const order: string[] = [];
    let finish = () => {};
    const first = limit(() => new Promise<string>((resolve) => (finish = () => resolve('first'))));
    const queued = [limit(async () => (order.push('second'), 'second')), limit(async () => (order.push('third'), 'third'))];
    await expect(limit(async () => 'fourth')).rejects.toThrow(/too many waiting/);
    expect(order).toEqual([]);
    finish();
    expect(await Promise.all([first, ...queued])).toEqual(['first', 'second', 'third']);
    expect(order).toEqual(['second', 'third']);
    // Free again: the next runs at once, even after a failure.
    await expect(limit(async () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await limit(async () => 'again')).toBe('again');
  });
});
