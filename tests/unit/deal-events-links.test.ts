// A deal's lifecycle events and its links to instruments and recommendations, edited through the one
// save path on a real seeded file: each link with its claim, refused without one; bad events refused
// field by field with nothing changed; every change a revision; the seed's link claims kept.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedRows, repeatedRows } from '@/lib/actions/form-rows';
import { joinRows, splitRows } from '@/lib/editing/rows';
import { type SaveResult, saveRecord } from '@/lib/editing/save';
import type { Values } from '@/lib/editing/types';
import { toCsv } from '@/lib/export/csv';
import { exportResponse } from '@/lib/export/respond';
import { applyImport } from '@/lib/import/apply';
import { planImport } from '@/lib/import/plan';
import { getDeal } from '@/lib/queries/deal-detail';
import { dealEditor } from '@/lib/records/deal';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const eda = { id: null, name: 'Eda Editor' };
const SLUG = 'hanwha-k9-romania';
const PAPER = 'fiott-2025-ties-that-truly-bind';
const SOURCE = 'ng-2024-hanwha-romanian-k9';
const EDF_REASON = 'Hanwha’s European production would need an EU-controlled entity to take part in EDF calls.';

async function values(slug = SLUG): Promise<{ values: Values; version: number }> {
  const record = (await dealEditor.load(temp.db, slug))!;
  return { values: dealEditor.toValues(record), version: record.version };
}

const save = async (changes: Values, note = 'Events and links from the editor', slug = SLUG): Promise<SaveResult> => {
  const { values: before, version } = await values(slug);
  return saveRecord(temp.db, dealEditor, { key: slug, expectedVersion: version, values: { ...before, ...changes }, note, author: eda });
};

/** What a refused save must leave alone: the deal's row, events, links and claims, and the revisions. */
async function state(slug = SLUG) {
  const deal = await temp.db.deal.findUniqueOrThrow({
    where: { slug },
    include: { events: { orderBy: { id: 'asc' } }, instruments: true, recommendations: true, claims: { orderBy: { field: 'asc' } } },
  });
  return { deal, revisions: await temp.db.revision.count() };
}

/** A claim without its row id: a save writes a record's claims anew, and only what they say must not change. */
const withoutId = <T extends { id: number }>(row: T) => ({ ...row, id: undefined });

const errorsOf = (result: SaveResult) => {
  if (result.ok || result.reason !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
  return Object.fromEntries(Object.entries(result.errors).map(([field, problems]) => [field, problems.map((p) => p.code)]));
};

describe('rows in one value', () => {
  it('read back every part exactly, bars, backslashes and line breaks included', () => {
    const rows = [['2024-07', 'contract', SOURCE, 'A | B \\ C', 'line one\nline two'], ['2025', 'deliveries', PAPER, 'plain', '']];
    expect(splitRows(joinRows(rows))).toEqual(rows);
    expect(joinRows([['', ' ', ''], ['a']])).toBe('a');
  });

  it('are read from a form as it posts them: empty and removed rows left out, claims kept whether or not their link is ticked', () => {
    const form = new FormData();
    for (const row of [['2024', 'contract', SOURCE, 'First', ''], ['', '', '', '', ''], ['2025', 'deliveries', SOURCE, 'Removed', ''], ['2026', 'contract', SOURCE, 'Third', '셋']]) {
      for (const [i, part] of ['date', 'stage', 'source', 'description', 'description_ko'].entries()) form.append(`events.${part}`, row[i]!);
    }
    form.append('events.remove', '2');
    expect(repeatedRows(form, 'events', ['date', 'stage', 'source', 'description', 'description_ko'])).toBe(`2024 | contract | ${SOURCE} | First | \n2026 | contract | ${SOURCE} | Third | 셋`);

    const links = new FormData();
    for (const id of ['edf', 'safe']) for (const part of ['basis', 'basis_source']) links.append(`instruments.${id}.${part}`, id === 'edf' ? { basis: 'inferred', basis_source: '' }[part]! : '');
    links.append('instruments.edf.basis_reason', EDF_REASON);
    expect(keyedRows(links, 'instruments', ['basis', 'basis_source', 'basis_quote', 'basis_where', 'basis_reason', 'basis_reason_ko'])).toBe(`edf | inferred |  |  |  | ${EDF_REASON} | `);
  });
});

describe('a seeded deal', () => {
  it('loads and saves with nothing changed: its events, its link to recommendation 3 and that link’s claim read back exactly', async () => {
    const { values: before } = await values();
    expect(before.recommendations).toBe('3');
    expect(before.recommendations_basis).toMatch(/^3 \| inferred \|/);
    expect(splitRows(before.events)).toHaveLength(1);
    expect(await save({})).toEqual({ ok: false, reason: 'unchanged' });
  });
});

describe('editing events and links', () => {
  it('adds an event and an instrument link with its claim: stored, shown on the deal page, and recorded in the revision', async () => {
    const { values: before } = await values();
    const linkClaims = async () => (await state()).deal.claims.filter((c) => /^(recommendations|challenges):/.test(c.field)).map(withoutId);
    const claimsBefore = await linkClaims();
    expect(claimsBefore).toHaveLength(2);
    const event = `2025-03-14 | deliveries | ${SOURCE} | First K9 howitzers delivered to Romania. | 루마니아에 첫 K9 자주포가 인도되었다.`;
    const result = await save({ events: `${before.events}\n${event}`, instruments: 'edf', instruments_basis: `edf | inferred |  |  |  | ${EDF_REASON} | ` });
    expect(result).toMatchObject({ ok: true, action: 'update' });
    if (!result.ok) return;
    expect(result.changes.map((c) => c.field).sort()).toEqual(['events', 'instruments', 'instruments_basis']);
    expect(result.changes.find((c) => c.field === 'instruments')).toEqual({ field: 'instruments', from: '', to: 'edf' });
    expect(result.changes.find((c) => c.field === 'events')?.to.split('\n')).toEqual([before.events, event]);

    const revision = await temp.db.revision.findFirstOrThrow({ where: { entity: 'deal', recordKey: SLUG }, orderBy: { version: 'desc' } });
    expect(JSON.parse(revision.changes)).toEqual(result.changes);

    const deal = await getDeal(SLUG, temp.db);
    expect(deal?.events.map((e) => e.description)).toContain('First K9 howitzers delivered to Romania.');
    expect(deal?.events.find((e) => e.stage === 'deliveries')).toMatchObject({ datePrecision: 'day', descriptionKo: '루마니아에 첫 K9 자주포가 인도되었다.', source: { slug: SOURCE } });
    expect(deal?.instruments.map((i) => i.code)).toEqual(['edf']);
    expect(deal?.claims.find((c) => c.field === 'instruments:edf')).toMatchObject({ basis: 'inferred', reason: EDF_REASON });
    // The seed's claims on the links the edit did not touch are as they were.
    expect(await linkClaims()).toEqual(claimsBefore);
    // And it loads as it was saved: saving again changes nothing.
    expect(await save({})).toEqual({ ok: false, reason: 'unchanged' });
  });

  it('keeps an event’s id while it keeps its place, so links to its anchor still work', async () => {
    const ids = (await state()).deal.events.map((e) => e.id);
    const { values: before } = await values();
    const rows = splitRows(before.events);
    rows[1]![3] = 'First K9 howitzers delivered to Romania, as reported.';
    expect(await save({ events: joinRows(rows) })).toMatchObject({ ok: true });
    expect((await state()).deal.events.map((e) => e.id)).toEqual(ids);
  });

  it('refuses a link without its claim, on that link, and changes nothing', async () => {
    const before = await state();
    const result = await save({ instruments: 'edf; safe' });
    expect(errorsOf(result)).toEqual({ 'instruments.safe.basis': ['linkBasis'] });
    expect(await state()).toEqual(before);
  });

  it('checks a link’s claim as a value’s claim is checked, on the claim’s own part', async () => {
    const before = await state();
    const { values: v } = await values();
    const notInPaper = await save({ recommendations: '3; 5', recommendations_basis: `${v.recommendations_basis}\n5 | stated | ${PAPER} | Words the paper never wrote about howitzers. |  |  | ` });
    expect(errorsOf(notInPaper)).toEqual({ 'recommendations.5.basis_quote': ['notInPaper'] });
    const noReason = await save({ instruments: 'edf; safe', instruments_basis: `edf | inferred |  |  |  | ${EDF_REASON} | \nsafe | inferred |  |  |  |  | ` });
    expect(errorsOf(noReason)).toEqual({ 'instruments.safe.basis_reason': ['claimReason'] });
    const unknownSource = await save({ instruments: 'edf; safe', instruments_basis: `edf | inferred |  |  |  | ${EDF_REASON} | \nsafe | reference | no-such-source |  |  |  | ` });
    expect(errorsOf(unknownSource)).toEqual({ 'instruments.safe.basis_source': ['unknown'] });
    const unknownLink = await save({ instruments: 'edf; no-such-instrument', instruments_basis: `edf | inferred |  |  |  | ${EDF_REASON} | \nno-such-instrument | inferred |  |  |  | ${EDF_REASON} | ` });
    expect(errorsOf(unknownLink)).toEqual({ instruments: ['unknown'] });
    expect(await state()).toEqual(before);
  });

  it('refuses a bad event on its row’s part, and changes nothing', async () => {
    const before = await state();
    const { values: v } = await values();
    const result = await save({ events: `${v.events}\nJuly 2025 | signed |  | OK | \n2026 | contract | no-such-source | Follow-on order. | ` });
    // The third event's date and stage are wrong and its source missing; the fourth's source is unknown
    // (reported once the rest is right, as references are).
    expect(errorsOf(result)).toEqual({ 'events.3.date': ['date'], 'events.3.stage': ['choose'], 'events.3.source': ['required'], 'events.3.description': ['tooShort'] });
    const unknown = await save({ events: `${v.events}\n2026 | contract | no-such-source | Follow-on order. | ` });
    expect(errorsOf(unknown)).toEqual({ 'events.3.source': ['unknown'] });
    const tooMany = await save({ events: `${v.events}\n2026 | contract | ${SOURCE} | Follow-on | order | extra` });
    expect(errorsOf(tooMany)).toEqual({ 'events.3': ['rowParts'] });
    expect(await state()).toEqual(before);
  });

  it('removes a link’s claim with the link, and an event with its row, each recorded', async () => {
    const { values: v } = await values();
    const result = await save({ recommendations: '', events: splitRows(v.events).slice(0, 1).map((r) => r.join(' | ')).join('\n') });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.changes.find((c) => c.field === 'recommendations')).toEqual({ field: 'recommendations', from: '3', to: '' });
    expect(result.changes.find((c) => c.field === 'recommendations_basis')?.to).toBe('');
    const { deal } = await state();
    expect(deal.recommendations).toEqual([]);
    expect(deal.claims.map((c) => c.field)).not.toContain('recommendations:3');
    expect(deal.claims.map((c) => c.field)).toContain('challenges:industrial-competition');
    expect(deal.events).toHaveLength(1);
  });
});

describe('the CSV import', () => {
  const exportTable = async () => {
    const response = await exportResponse(new Request('http://ties.test/api/deals?format=csv'), 'deals', temp.db);
    const [header = [], ...rows] = parse(await response.text(), { comment: '#', comment_no_infix: true }) as string[][];
    return { header, rows };
  };
  const newColumns = ['events', 'instruments', 'instruments_basis', 'recommendations', 'recommendations_basis'];

  it('of a file without the new columns keeps each deal’s events, links and claims', async () => {
    const slug = 'hyundai-rotem-k2-poland-2025';
    const before = await state(slug);
    const { header, rows } = await exportTable();
    const keep = header.map((h, i) => (newColumns.includes(h) ? -1 : i)).filter((i) => i >= 0);
    const title = header.indexOf('title');
    const edited = rows.filter((r) => r[header.indexOf('slug')] === slug).map((r) => keep.map((i) => (i === title ? `${r[i]} (renamed)` : r[i]!)));
    const text = toCsv(keep.map((i) => header[i]!), edited);
    const planned = await planImport(temp.db, text, 'Renamed by import');
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.rows.map((r) => [r.action, r.changes.map((c) => c.field)])).toEqual([['update', ['title']]]);
    expect(await applyImport(temp.db, { text, note: 'Renamed by import', digest: planned.plan.digest, author: eda })).toMatchObject({ ok: true, applied: 1 });
    const after = await state(slug);
    expect(after.deal.events).toEqual(before.deal.events);
    expect(after.deal.recommendations).toEqual(before.deal.recommendations);
    expect(after.deal.claims.map(withoutId)).toEqual(before.deal.claims.map(withoutId));
  });

  it('with the new columns edits them, and refuses a link without its claim', async () => {
    const slug = 'hyundai-rotem-k2-poland-2025';
    const { header, rows } = await exportTable();
    const row = rows.find((r) => r[header.indexOf('slug')] === slug)!;
    const withLink = (basis: string) => toCsv(header, [header.map((h, i) => (h === 'instruments' ? 'edf' : h === 'instruments_basis' ? basis : row[i]!))]);
    const refused = await planImport(temp.db, withLink(''), 'Link to the EDF');
    if (!refused.ok) throw new Error(JSON.stringify(refused.problems));
    expect(refused.plan.rows[0]).toMatchObject({ action: 'rejected' });
    expect(Object.keys(refused.plan.rows[0]!.errors ?? {})).toEqual(['instruments.edf.basis']);
    const planned = await planImport(temp.db, withLink(`edf | inferred |  |  |  | ${EDF_REASON} | `), 'Link to the EDF');
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.rows[0]).toMatchObject({ action: 'update' });
    expect(planned.plan.rows[0]!.changes.map((c) => c.field)).toEqual(['instruments', 'instruments_basis']);
  });
});
