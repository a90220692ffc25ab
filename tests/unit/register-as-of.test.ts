// A register record's past views are rebuilt from its revisions. A seeded database is edited through
// the one save path (updates, a retire and a restore, a creation), each record's values are
// snapshotted at each moment, and every moment is then rebuilt and must equal its snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRecord } from '@/lib/editing/save';
import type { AnyEditor, Values } from '@/lib/editing/types';
import { recordAsOf, retiredAt, rewindValues } from '@/lib/records/as-of';
import { registerChanges, registerChangesCsv } from '@/lib/records/compare';
import { countryEditor } from '@/lib/records/country';
import { dealEditor } from '@/lib/records/deal';
import { instrumentEditor } from '@/lib/records/instrument';
import { organisationEditor } from '@/lib/records/organisation';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';
import { edit, retire } from './support/register-edits';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
const eda = { id: null, name: 'Eda Editor' };

type Snapshot = { at: Date; values: Values; version: number; retired: boolean };
const snapshots = new Map<string, Snapshot[]>();
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function snapshot(editor: AnyEditor, key: string) {
  await tick();
  const record = (await editor.load(temp.db, key))!;
  const list = snapshots.get(`${editor.entity}/${key}`) ?? [];
  list.push({ at: new Date(), values: editor.toValues(record), version: editor.versionOf(record), retired: editor.retiredAt(record) !== null });
  snapshots.set(`${editor.entity}/${key}`, list);
  await tick();
}



let deal = '';
let organisation = '';
let beforeCreation: Date;
const fresh = { slug: 'test-defence-works', name: 'Test Defence Works', kind: 'firm', origin: 'european', country: 'PL' };

beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  deal = (await temp.db.deal.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { slug: true } })).slug;
  organisation = (await temp.db.organisation.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { slug: true } })).slug;
  const records: Array<[AnyEditor, string]> = [[dealEditor, deal], [instrumentEditor, 'edf'], [organisationEditor, organisation], [countryEditor, 'PL']];
  for (const [editor, key] of records) await snapshot(editor, key);

  await edit(temp.db, dealEditor, deal, { title: 'A title corrected once', stage: 'deliveries' });
  await edit(temp.db, instrumentEditor, 'edf', { budget_text: 'A budget in other words' });
  await edit(temp.db, countryEditor, 'PL', { name_ko: '폴란드 공화국' });
  for (const [editor, key] of records) await snapshot(editor, key);

  await edit(temp.db, dealEditor, deal, { title: 'A title corrected twice', summary_ko: '두 번째로 고친 요약입니다.' });
  await retire(temp.db, organisationEditor, organisation, true);
  for (const [editor, key] of records) await snapshot(editor, key);

  await retire(temp.db, organisationEditor, organisation, false);
  await edit(temp.db, organisationEditor, organisation, { summary: 'A summary added after the restore.' });
  await edit(temp.db, dealEditor, deal, { title: 'A title corrected once' });
  beforeCreation = new Date();
  await tick();
  const created = await saveRecord(temp.db, organisationEditor, { key: null, values: fresh, note: 'Added from a new source', author: eda });
  if (!created.ok) throw new Error('creation refused');
  for (const [editor, key] of records) await snapshot(editor, key);
}, 60_000);
afterAll(() => temp.dispose());

describe('a register record as it stood', () => {
  it('is rebuilt at every moment exactly as it was then: its values, its version and whether it was retired', async () => {
    let checked = 0;
    for (const [id, list] of snapshots) {
      const [entity, key] = id.split('/') as [string, string];
      const editor = [dealEditor, instrumentEditor, organisationEditor, countryEditor].find((e) => e.entity === entity)!;
      for (const s of list) {
        const past = await recordAsOf(editor, key, s.at, temp.db);
        expect(past?.state, `${id} at ${s.at.toISOString()}`).toBe('present');
        if (past?.state !== 'present') continue;
        expect(past.values, `${id} at ${s.at.toISOString()}`).toEqual(s.values);
        expect(past.version, id).toBe(s.version);
        expect(past.retired, id).toBe(s.retired);
        checked++;
      }
    }
    expect(checked).toBe(16);
  });

  it('names the fields that have changed since, and keeps only the revisions saved up to the moment', async () => {
    const [first, , third] = snapshots.get(`deal/${deal}`)!;
    const atFirst = await recordAsOf(dealEditor, deal, first!.at, temp.db);
    if (atFirst?.state !== 'present') throw new Error('the deal was there');
    // Its title came back to the first correction, but not to the seed's: the title differs, the stage too.
    expect(atFirst.changed).toEqual(expect.arrayContaining(['title', 'stage', 'summary_ko']));
    expect(atFirst.revisions).toEqual([]);
    expect(atFirst.later).toBe(3);
    const atThird = await recordAsOf(dealEditor, deal, third!.at, temp.db);
    if (atThird?.state !== 'present') throw new Error('the deal was there');
    expect(atThird.revisions.map((r) => r.version)).toEqual([3, 2]);
    expect(atThird.changed).toEqual(['title']);
  });

  it('says a record created after the moment was not yet there, and when it was first recorded', async () => {
    const past = await recordAsOf(organisationEditor, fresh.slug, beforeCreation, temp.db);
    expect(past?.state).toBe('absent');
    if (past?.state === 'absent') expect(past.createdAt.getTime()).toBeGreaterThan(beforeCreation.getTime());
    expect((await recordAsOf(organisationEditor, fresh.slug, new Date(), temp.db))?.state).toBe('present');
    expect(await recordAsOf(organisationEditor, 'no-such-firm', new Date(), temp.db)).toBeNull();
  });
});

describe('the register compared between two days', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

  it('lists each record saved in between: added, the fields changed, retired and restored, and how many saves', async () => {
    const days = { from: day(-1), to: day(0) };
    const { records, total } = await registerChanges(days, temp.db);
    expect(total).toBe(records.length);
    const of = (entity: string, key: string) => records.find((r) => r.entity === entity && r.key === key);
    expect(of('deal', deal)).toEqual({ entity: 'deal', key: deal, created: false, retired: false, restored: false, fields: ['title', 'stage', 'summary_ko'], saves: 3 });
    expect(of('organisation', organisation)).toMatchObject({ created: false, retired: true, restored: true, fields: ['summary'], saves: 3 });
    expect(of('organisation', fresh.slug)).toMatchObject({ created: true, fields: [], saves: 1 });
    expect(of('instrument', 'edf')?.fields).toEqual(['budget_text']);
    expect(of('country', 'PL')?.fields).toEqual(['name_ko']);
    expect(records).toHaveLength(5);
    expect(registerChangesCsv(days, records).split(/\r?\n/)[0]).toBe(`\ufeff"kind","key","added_after_${days.from}","retired_between","restored_between","fields_changed","saves_between"`);
    // Nothing was saved between two earlier days; a limit lists the first records and says how many there are.
    expect(await registerChanges({ from: day(-3), to: day(-1) }, temp.db)).toEqual({ records: [], total: 0 });
    const first = await registerChanges(days, temp.db, 2);
    expect(first.records.map((r) => `${r.entity}/${r.key}`)).toEqual(records.slice(0, 2).map((r) => `${r.entity}/${r.key}`));
    expect(first.total).toBe(5);
  });
});

describe('rewinding, alone', () => {
  it('gives each field the value its oldest later change started from', () => {
    const after = [
      { changes: [{ field: 'title', from: 'B', to: 'C' }] },
      { changes: [{ field: 'title', from: 'A', to: 'B' }, { field: 'stage', from: '', to: 'delivery' }] },
    ];
    expect(rewindValues({ title: 'C', stage: 'delivery', system: 'K9' }, [...after, { changes: [{ field: 'retired_at', from: '', to: '2026-01-01' }] }])).toEqual({ title: 'A', stage: '', system: 'K9' });
  });

  it('reads whether a record was retired from the toggles on either side of the moment', () => {
    expect(retiredAt([{ action: 'update' }, { action: 'retire' }], [], false)).toBe(true);
    expect(retiredAt([{ action: 'restore' }, { action: 'retire' }], [{ action: 'retire' }], true)).toBe(false);
    // Nothing before it; the first toggle after it (the oldest, listed last) was a restore, so it was retired.
    expect(retiredAt([], [{ action: 'retire' }, { action: 'restore' }], true)).toBe(true);
    expect(retiredAt([], [{ action: 'update' }], true)).toBe(true);
  });
});
