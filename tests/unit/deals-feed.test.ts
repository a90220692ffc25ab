// The feed of a deals view: new and changed deals of that view only, from the revisions, in both
// languages, as well-formed Atom; a malformed view is a 400 that says which parameter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRecord } from '@/lib/editing/save';
import { listFeed } from '@/lib/feeds/lists';
import { dealEditor } from '@/lib/records/deal';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  const author = { id: null, name: 'Feed Editor' };
  for (const [slug, note] of [
    ['hyundai-rotem-k2-poland-2025', 'Second batch of K2 delivered to Poland.'],
    ['hanwha-k9-romania', 'Romania signed the K9 support contract.'],
  ] as const) {
    const record = (await dealEditor.load(temp.db, slug))!;
    const saved = await saveRecord(temp.db, dealEditor, { key: slug, expectedVersion: record.version, values: { ...dealEditor.toValues(record), stage: 'deliveries' }, note, author });
    expect(saved.ok, slug).toBe(true);
  }
});
afterAll(() => temp.dispose());

const feed = (query: string, locale = 'en') => listFeed('deals', new Request(`http://ties.test/${locale === 'en' ? '' : `${locale}/`}deals/feed.xml${query}`), locale, temp.db);

describe('the feed of a deals view', () => {
  it('holds the changed deals of its view only, newest first, with what changed and why', async () => {
    const response = await feed('?country=PL');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain('Second batch of K2 delivered to Poland.');
    expect(xml).not.toContain('Romania signed');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://ties.test/deals/feed.xml?country=PL"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://ties.test/deals?country=PL"/>');
    expect(xml).toContain('href="/feed.xsl"');
    expect(xml).toMatch(/<title>Changed: [^<]+<\/title>/);

    const all = await (await feed('')).text();
    expect(all.match(/<entry>/g)).toHaveLength(2);
    expect(all.indexOf('Romania signed')).toBeLessThan(all.indexOf('Second batch'));
  });

  it('speaks Korean at /ko, with its own ids and stylesheet', async () => {
    const xml = await (await feed('?country=PL', 'ko')).text();
    expect(xml).toContain('xml:lang="ko"');
    expect(xml).toContain('href="/ko/feed.xsl"');
    expect(xml).toContain('<id>tag:ties,2025:deals/ko?country=PL</id>');
  });

  it('refuses a view it cannot read, naming the parameter, and an empty view is an empty feed', async () => {
    const bad = await feed('?country=Poland&colour=red');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('colour=red');
    const none = await (await feed('?country=JP')).text();
    expect(none).not.toContain('<entry>');
    expect(none).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});

describe('feedContentType', () => {
  it('gives feed readers Atom, and a browser opening the feed XML it styles', async () => {
    const { feedContentType } = await import('@/lib/feeds/atom');
    expect(feedContentType(null)).toBe('application/atom+xml; charset=utf-8');
    expect(feedContentType('*/*')).toBe('application/atom+xml; charset=utf-8');
    expect(feedContentType('application/atom+xml, application/rss+xml;q=0.9, text/html;q=0.1')).toBe('application/atom+xml; charset=utf-8');
    expect(feedContentType('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('application/xml; charset=utf-8');
  });
});
