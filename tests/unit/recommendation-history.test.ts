// A recommendation's history is read a page at a time, newest first: it only grows (10,000 entries
// per recommendation in the scale data), and reading it whole made a 9 MB page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_PER_PAGE, getRecommendation, parseHistoryPage } from '@/lib/queries/recommendations';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const ADDED = 2 * HISTORY_PER_PAGE + 20;

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let before: number;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  const four = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 4 } });
  before = await temp.db.historyEntry.count({ where: { recommendationId: four.id } });
  await temp.db.historyEntry.createMany({
    data: Array.from({ length: ADDED }, (_, i) => ({
      recommendationId: four.id,
      version: 100 + i,
      at: new Date(Date.UTC(2026, 0, 1, 0, i)),
      authorName: 'Bulk editor',
      kind: 'review',
      note: `Review ${i}`,
    })),
  });
});
afterAll(() => temp.dispose());

describe('a recommendation’s history, a page at a time', () => {
  it('gives the newest page first, with the total and the number of pages', async () => {
    const r = await getRecommendation(4, temp.db);
    const total = before + ADDED;
    expect(r).toMatchObject({ historyTotal: total, historyPage: 1, historyPages: Math.ceil(total / HISTORY_PER_PAGE) });
    expect(r!.history).toHaveLength(HISTORY_PER_PAGE);
    expect(r!.history[0]!.note).toBe(`Review ${ADDED - 1}`);
    expect(r!.history.map((h) => h.note)).toEqual(Array.from({ length: HISTORY_PER_PAGE }, (_, i) => `Review ${ADDED - 1 - i}`));
  });

  it('pages on without overlap or gaps, and a page past the end gives the last', async () => {
    const pages = Math.ceil((before + ADDED) / HISTORY_PER_PAGE);
    const seen: number[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const r = await getRecommendation(4, temp.db, page);
      expect(r!.historyPage).toBe(page);
      seen.push(...r!.history.map((h) => h.id));
    }
    expect(seen).toHaveLength(before + ADDED);
    expect(new Set(seen).size).toBe(seen.length);
    const past = await getRecommendation(4, temp.db, 999);
    expect(past!.historyPage).toBe(pages);
    expect(past!.history.map((h) => h.id)).toEqual(seen.slice((pages - 1) * HISTORY_PER_PAGE));
  });

  it('has one empty page for a recommendation with no history', async () => {
    const r = await getRecommendation(9, temp.db, 3);
    expect(r).toMatchObject({ historyTotal: 0, historyPage: 1, historyPages: 1, history: [] });
    expect(await getRecommendation(11, temp.db)).toBeNull();
  });
});

describe('parseHistoryPage', () => {
  it.each([
    [undefined, undefined],
    [null, undefined],
    ['1', 1],
    ['42', 42],
    ['0', null],
    ['-1', null],
    ['1.5', null],
    ['abc', null],
    ['1e3', null],
    ['9999999', null],
    [['1', '2'], null],
  ])('reads %j as %j', (raw, page) => expect(parseHistoryPage(raw)).toBe(page));
});
