// The bench generator builds the kept counts in bulk (triggers dropped, tables filled once): they must
// be what the triggers would have kept, i.e. what a recount of the deals gives; the stated values' sums too.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountDealCounts } from '@/prisma/scripts/deal-counts-check';
import { keepCommonSearchWords } from '@/prisma/scripts/deal-counts';
import { generateBenchDatabase } from '../bench/generate';

let dir: string;
let db: Database.Database;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ties-deal-counts-check-'));
  const file = path.join(dir, 'counts.db');
  process.env.TIES_BENCH_QUIET = '1';
  await generateBenchDatabase({ deals: 1500, history: 0, file, check: true });
  db = new Database(file);
  // Common words at this size's scale, so that their lists and counts are checked too.
  expect(keepCommonSearchWords(db, { minDeals: 200 }).length).toBeGreaterThan(5);
}, 120_000);

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bulk-built counts', () => {
  it('equal a recount of the deals, and stay so through writes kept by the triggers', () => {
    expect(recountDealCounts(db)).toEqual([]);
    db.prepare(`UPDATE "Deal" SET "retiredAt" = '2026-01-01T00:00:00.000+00:00' WHERE "id" IN (20, 21, 22)`).run();
    db.prepare(`UPDATE "Deal" SET "system" = 'Recount probe', "year" = NULL WHERE "id" = 30`).run();
    db.prepare(`DELETE FROM "Deal" WHERE "id" = 40`).run();
    db.prepare(`DELETE FROM "DealOrganisation" WHERE "dealId" = 50`).run();
    // Stated values moved: a new currency, a fraction (kept as not summed exactly), one taken away.
    db.prepare(`UPDATE "Deal" SET "valueCurrency" = 'CHF', "valueAmount" = 5000000000 WHERE "id" = 31`).run();
    db.prepare(`UPDATE "Deal" SET "valueAmount" = 1234.5 WHERE "id" = 32`).run();
    db.prepare(`UPDATE "Deal" SET "valueAmount" = NULL WHERE "id" = 33`).run();
    expect(recountDealCounts(db)).toEqual([]);
  });

  it('are told apart from a recount when one is wrong', () => {
    db.prepare(`UPDATE "DealFacetCount" SET "count" = "count" + 1 WHERE "column" = 'all'`).run();
    db.prepare(`DELETE FROM "DealWordMember" WHERE ("word", "dealId") = (SELECT "word", "dealId" FROM "DealWordMember" LIMIT 1)`).run();
    db.prepare(`UPDATE "DealValueSum" SET "amount" = "amount" + 1 WHERE "column" = 'all' AND "currency" = 'CHF'`).run();
    const differences = recountDealCounts(db);
    expect(differences.some((d) => d.startsWith('DealFacetCount all'))).toBe(true);
    expect(differences).toContain('DealValueSum all |  | CHF: kept 1 deals, 1 valued, 5000000001, recounted 1 deals, 1 valued, 5000000000');
    expect(differences.some((d) => d.startsWith('DealWordMember'))).toBe(true);
  });
});
