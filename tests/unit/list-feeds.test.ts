// Every list that changes has a feed of its view: the register's lists (instruments, sources) from
// their revisions, the scorecard from its recommendations' saves, each holding its view's records only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRecord } from '@/lib/editing/save';
import { listFeed, viewFeedHref } from '@/lib/feeds/lists';
import { emptyRecommendationFilters } from '@/lib/filters/recommendations';
import { emptyFindingFilters } from '@/lib/filters/findings';
import { instrumentEditor } from '@/lib/records/instrument';
import { sourceEditor } from '@/lib/records/source';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { atomFeed } from '@/lib/tracker/feed';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  const author = { id: null, name: 'Feed Editor' };
  for (const [code, note] of [
    ['edf', 'EDF work programme for 2027 adopted.'],
    ['diana', 'DIANA opened a new challenge call.'],
  ] as const) {
    const record = (await instrumentEditor.load(temp.db, code))!;
    const saved = await saveRecord(temp.db, instrumentEditor, { key: code, expectedVersion: record.version, values: { ...instrumentEditor.toValues(record), summary: `${record.summary} (${note})` }, note, author });
    expect(saved.ok, code).toBe(true);
  }
  const source = (await temp.db.source.findFirstOrThrow({ orderBy: { id: 'asc' } })).slug;
  const record = (await sourceEditor.load(temp.db, source))!;
  expect((await saveRecord(temp.db, sourceEditor, { key: source, expectedVersion: record.version, values: { ...sourceEditor.toValues(record), note: 'Checked against the publisher’s page.' }, note: 'Source checked.', author })).ok).toBe(true);

  const editor = await temp.db.user.create({ data: { email: 'feeds@example.org', name: 'Feed Editor', passwordHash: 'x', role: 'editor' }, select: { id: true, name: true } });
  for (const [number, note] of [
    [4, 'DIANA invited IP4 partners.'],
    [8, 'Horizon Europe association talks resumed.'],
  ] as const) {
    const change = recommendationChangeSchema.parse({ expectedVersion: 1, stage: 'in-progress', note });
    expect((await applyRecommendationChange(temp.db, editor, number, change)).ok).toBe(true);
  }
});
afterAll(() => temp.dispose());

const get = (path: string) => new Request(`http://ties.test${path}`);

describe('the feeds of list views', () => {
  it('follows an instruments view: its changed instruments only', async () => {
    const eu = await (await listFeed('instruments', get('/instruments/feed.xml?owner=EU'), 'en', temp.db)).text();
    expect(eu.match(/<entry>/g)).toHaveLength(1);
    expect(eu).toContain('EDF work programme for 2027 adopted.');
    expect(eu).not.toContain('DIANA');
    expect(eu).toContain('href="http://ties.test/instruments/edf"');
    expect(eu).toContain('<link rel="alternate" type="text/html" href="http://ties.test/instruments?owner=EU"/>');
    const all = await (await listFeed('instruments', get('/instruments/feed.xml'), 'en', temp.db)).text();
    expect(all.match(/<entry>/g)).toHaveLength(2);
  });

  it('follows the sources, and refuses a view it cannot read', async () => {
    const xml = await (await listFeed('sources', get('/sources/feed.xml'), 'en', temp.db)).text();
    expect(xml).toContain('Source checked.');
    const bad = await listFeed('sources', get('/sources/feed.xml?colour=red'), 'en', temp.db);
    expect(bad.status).toBe(400);
  });

  it('follows a scorecard view: the saves of the recommendations it holds', async () => {
    const nato = await (await atomFeed(get('/recommendations/feed.xml?actor=nato'), 'en', temp.db)).text();
    expect(nato).toContain('DIANA invited IP4 partners.');
    expect(nato).not.toContain('Horizon Europe association talks resumed.');
    expect(nato).toContain('href="http://ties.test/recommendations/feed.xml?actor=nato"');
    const ko = await (await atomFeed(get('/ko/recommendations/feed.xml?actor=nato'), 'ko', temp.db)).text();
    expect(ko).toContain('권고 저장 내역');
    expect((await atomFeed(get('/recommendations/feed.xml?actor=martians'), 'en', temp.db)).status).toBe(400);
  });

  it('names each view’s feed without its order, page or past day; the paper’s findings have none', () => {
    expect(viewFeedHref('recommendations', { ...emptyRecommendationFilters, actor: ['eu'], sort: '-progress', asof: '2026-06-30' }, 'ko')).toBe('/ko/recommendations/feed.xml?actor=eu');
    expect(viewFeedHref('findings', emptyFindingFilters, 'en')).toBeNull();
  });
});
