// One save, one entry: a save that moves the stage and milestones writes a row per change, and the
// page, the API's history and the feeds read them back as one save with its note once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRecommendation } from '@/lib/queries/recommendations';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { atomFeed } from '@/lib/tracker/feed';
import { completeSaves, groupSaves } from '@/lib/tracker/saves';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let author: { id: number; name: string };
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  author = await temp.db.user.create({ data: { email: 's@example.org', name: 'Sa Ver', passwordHash: 'x', role: 'editor' }, select: { id: true, name: true } });
});
afterAll(() => temp.dispose());

const NOTE = 'First forum held; work has begun.';

describe('one save, one entry', () => {
  it('reads a save that moved the stage and two milestones as one history entry with three changes', async () => {
    const two = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 2 }, include: { milestones: { orderBy: { position: 'asc' } } } });
    const slugs = two.milestones.slice(0, 2).map((m) => m.slug);
    expect(slugs).toHaveLength(2);
    const saved = await applyRecommendationChange(temp.db, author, 2, recommendationChangeSchema.parse({ expectedVersion: two.version, stage: 'in-progress', doneMilestones: slugs, note: NOTE }));
    expect(saved).toEqual({ ok: true, version: two.version + 1, entries: 3 });
    // Three rows in the append-only table…
    expect(await temp.db.historyEntry.count({ where: { recommendationId: two.id } })).toBe(3);
    // …one entry on the page.
    const r = await getRecommendation(2, temp.db);
    expect(r!.historyTotal).toBe(1);
    expect(r!.history).toHaveLength(1);
    expect(r!.history[0]).toMatchObject({ version: two.version + 1, note: NOTE, authorName: 'Sa Ver' });
    expect(r!.history[0]!.changes.map((c) => `${c.kind}:${c.fromValue}→${c.toValue}`)).toEqual(['stage:not-assessed→in-progress', 'milestone:open→done', 'milestone:open→done']);
  });

  it('gives the save one feed entry, its note once, in the feed of all and of the recommendation', async () => {
    for (const number of [undefined, 2]) {
      for (const locale of ['en', 'ko']) {
        const xml = await (await atomFeed(new Request('http://ties.test/recommendations/feed.xml'), locale, temp.db, number)).text();
        expect(xml.match(/<entry>/g), `${locale} ${number}`).toHaveLength(1);
        expect(xml.split(NOTE)).toHaveLength(2);
        expect(xml).toContain('<?xml-stylesheet type="text/xsl"');
      }
    }
    const other = await (await atomFeed(new Request('http://ties.test/recommendations/3/feed.xml'), 'en', temp.db, 3)).text();
    expect(other).not.toContain('<entry>');
    expect(other).toContain('<id>tag:ties,2025:recommendations/3</id>');
    expect((await atomFeed(new Request('http://ties.test/recommendations/11/feed.xml'), 'en', temp.db, 11)).status).toBe(404);
  });
});

describe('groupSaves and completeSaves', () => {
  const row = (id: number, recommendationId: number, version: number, kind = 'milestone') => ({
    id,
    recommendationId,
    version,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, version)),
    authorName: 'A',
    kind,
    field: null,
    effectiveAt: null,
    fromValue: kind === 'review' ? null : 'open',
    toValue: kind === 'review' ? null : 'done',
    note: `n${version}`,
    evidenceUrl: null,
    milestone: null,
  });

  it('groups rows by recommendation and version, in the order saves first appear', () => {
    const saves = groupSaves([row(5, 1, 3), row(6, 1, 3), row(4, 2, 3), row(3, 1, 2, 'review')]);
    expect(saves.map((s) => [s.recommendationId, s.version, s.id, s.changes.length])).toEqual([
      [1, 3, 5, 2],
      [2, 3, 4, 1],
      [1, 2, 3, 0],
    ]);
  });

  it('leaves out the oldest save when the read stopped at its limit, as it may be cut short', () => {
    const rows = [row(9, 1, 5), row(8, 1, 4), row(7, 1, 4)];
    expect(completeSaves(rows, 3).map((s) => s.version)).toEqual([5]);
    expect(completeSaves(rows, 4).map((s) => s.version)).toEqual([5, 4]);
  });
});
