// The compare-and-set of a save rests on the version the editor loaded: a missing or malformed one
// (`abc`, `1.5`, `1e0`) must be refused with nothing written, never read as "the current version".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealEditor } from '@/lib/records/deal';
import { saveRecord, setRetired } from '@/lib/editing/save';
import { parseVersion } from '@/lib/schemas/common';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const malformed: unknown[] = ['', ' ', 'abc', '1.5', '1.0', '1e0', '0x1', '0b1', '+1', ' 1', '1 ', '01', '0', '-1', '1_000', '１', 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, true, [1], null, undefined, {}];

describe('parseVersion', () => {
  it('reads whole numbers from 1, as JSON numbers or plain digits', () => {
    expect(parseVersion(1)).toBe(1);
    expect(parseVersion('1')).toBe(1);
    expect(parseVersion('42')).toBe(42);
    expect(parseVersion(1e3)).toBe(1000);
  });

  it.each(malformed.map((value) => [JSON.stringify(value) ?? String(value), value]))('refuses %s', (_label, value) => {
    expect(parseVersion(value)).toBeNull();
  });
});

describe('a recommendation change', () => {
  it.each(malformed.map((value) => [JSON.stringify(value) ?? String(value), value]))('refuses the expected version %s', (_label, value) => {
    const parsed = recommendationChangeSchema.safeParse({ expectedVersion: value, note: 'A reviewed change' });
    expect(parsed.success).toBe(false);
  });

  it('accepts the version as the form (a string) and the API (a number) send it', () => {
    expect(recommendationChangeSchema.parse({ expectedVersion: '3', note: 'Reviewed' }).expectedVersion).toBe(3);
    expect(recommendationChangeSchema.parse({ expectedVersion: 3, note: 'Reviewed' }).expectedVersion).toBe(3);
  });

  it('with a malformed version never overwrites a newer one', async () => {
    const user = await temp.db.user.create({ data: { email: 'v@ties.test', name: 'Vera Version', passwordHash: 'x', role: 'editor' } });
    const before = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 5 } });
    // Another editor's save moves it on; a crafted save then sends "1e0" for the version it loaded.
    const first = recommendationChangeSchema.parse({ expectedVersion: before.version, note: 'Reviewed first' });
    expect(await applyRecommendationChange(temp.db, { id: user.id, name: user.name }, 5, first)).toMatchObject({ ok: true, version: before.version + 1 });
    expect(recommendationChangeSchema.safeParse({ expectedVersion: String(before.version) + 'e0', note: 'Crafted' }).success).toBe(false);
    const after = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 5 } });
    expect(after.version).toBe(before.version + 1);
  });
});

describe('a record save or retirement without a valid version', () => {
  const eda = { id: null, name: 'Eda Editor' };

  async function snapshot(slug: string) {
    const deal = await temp.db.deal.findUniqueOrThrow({ where: { slug } });
    return { version: deal.version, title: deal.title, retiredAt: deal.retiredAt, revisions: await temp.db.revision.count({ where: { entity: 'deal', recordKey: slug } }) };
  }

  it.each([['missing', undefined], ['NaN (Number("abc"))', Number.NaN], ['1.5', 1.5], ['0', 0], ['-1', -1]])('is refused as a conflict when it is %s, and writes nothing', async (_label, expectedVersion) => {
    const { slug } = await temp.db.deal.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: 'asc' } });
    const record = (await dealEditor.load(temp.db, slug))!;
    const before = await snapshot(slug);
    const save = await saveRecord(temp.db, dealEditor, { key: slug, expectedVersion, values: { ...dealEditor.toValues(record), title: 'A crafted stale edit that must not win' }, note: 'Crafted', author: eda });
    expect(save).toMatchObject({ ok: false, reason: 'conflict', currentVersion: before.version });
    const retire = await setRetired(temp.db, dealEditor, { key: slug, expectedVersion, retire: true, note: 'Crafted retirement', author: eda });
    expect(retire).toMatchObject({ ok: false, reason: 'conflict', currentVersion: before.version });
    expect(await snapshot(slug)).toEqual(before);
  });

  it('still saves with the version the editor loaded', async () => {
    const { slug } = await temp.db.deal.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: 'asc' } });
    const record = (await dealEditor.load(temp.db, slug))!;
    const save = await saveRecord(temp.db, dealEditor, { key: slug, expectedVersion: record.version, values: { ...dealEditor.toValues(record), title: `${record.title} (amended)` }, note: 'Amended', author: eda });
    expect(save).toMatchObject({ ok: true, version: record.version + 1 });
  });
});
