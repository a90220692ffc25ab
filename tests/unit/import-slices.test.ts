// A large CSV import never stops the server: planning and applying it give the event loop back at
// least every 100 ms, and the apply runs on a connection of its own, so that reads elsewhere are
// answered meanwhile and never see its rows before they are committed.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/export/csv';
import { exportResponse } from '@/lib/export/respond';
import { applyImport } from '@/lib/import/apply';
import { withImportClient } from '@/lib/import/import-client';
import { planImport } from '@/lib/import/plan';
import { createPrismaClient } from '@/lib/prisma-client';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase, testPostgresUrl } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let text: string;
const ROWS = 1000;
const note = 'Bulk import of synthetic deals';
const author = { id: null, name: 'Ivo Importer' };

beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  const response = await exportResponse(new Request('http://ties.test/api/deals?format=csv'), 'deals', temp.db);
  const [header = [], first = []] = parse(await response.text(), { bom: true, comment: '#', comment_no_infix: true }) as string[][];
  const rows = Array.from({ length: ROWS }, (_, n) =>
    header.map((name, i) => ({ slug: `bulk-deal-${n}`, title: `Bulk deal ${n}`, summary: 'A synthetic deal of the bulk import test.', updated_at: '', url: '' })[name] ?? first[i]!),
  );
  text = toCsv(header, rows, ['Ties test file']);
});
afterAll(() => temp.dispose());

/**
 * The longest time the event loop was held while `work` ran: the longest gap between two runs of a
 * 5 ms timer, counting only the CPU time the process spent in it. (On a loaded machine the process
 * also waits for a core; that is not time the import held the loop, and it would make this flaky.)
 */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number }> {
  let last = performance.now();
  let cpu = process.cpuUsage();
  let longestMs = 0;
  const gap = () => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    longestMs = Math.max(longestMs, Math.min(now - last, (used.user + used.system) / 1000));
    last = now;
    cpu = process.cpuUsage();
  };
  const probe = setInterval(gap, 5);
  try {
    const result = await work();
    gap();
    return { result, longestMs };
  } finally {
    clearInterval(probe);
  }
}

describe(`a ${ROWS}-row import`, () => {
  it('is planned in slices: the event loop is never held for 100 ms', async () => {
    const { result, longestMs } = await longestBlock(() => planImport(temp.db, text, note));
    expect(result).toMatchObject({ ok: true, plan: { counts: { create: ROWS, rejected: 0 } } });
    expect(longestMs).toBeLessThan(100);
  }, 120_000);

  it('is applied in slices on its own connection: reads elsewhere are answered at once and see none of it until it commits', async () => {
    const planned = await planImport(temp.db, text, note);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    const before = await temp.db.deal.count();

    // Another request's reads, on the app's client, while the import runs.
    const seen: Array<{ count: number; ms: number }> = [];
    let importing = true;
    const reader = (async () => {
      while (importing) {
        const started = performance.now();
        const count = await temp.db.deal.count();
        seen.push({ count, ms: performance.now() - started });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const { result, longestMs } = await longestBlock(() =>
      withImportClient((client) => applyImport(client, { text, note, digest: planned.plan.digest, author }), temp.target).finally(() => {
        importing = false;
      }),
    );
    await reader;

    expect(result).toMatchObject({ ok: true, applied: ROWS });
    expect(longestMs).toBeLessThan(100);
    expect(seen.length).toBeGreaterThan(10);
    // None sees a part of it: every read counts the deals before it, or (a read that landed after the
    // commit, before the import's answer reached this loop) all of it, and never the one after the other.
    const counts = seen.map((s) => s.count);
    expect(counts[0]).toBe(before);
    expect(counts.every((count) => count === before || count === before + ROWS)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(Math.max(...seen.map((s) => s.ms))).toBeLessThan(100);
    expect(await temp.db.deal.count()).toBe(before + ROWS);
    expect(await temp.db.revision.count({ where: { viaImport: true, note } })).toBe(ROWS);
  }, 300_000);

  it.skipIf(Boolean(testPostgresUrl()))('is refused as busy, changing nothing, while another connection holds the write lock (SQLite)', async () => {
    const small = text.split('\r\n').slice(0, 4).join('\r\n').replaceAll('bulk-deal-', 'busy-deal-') + '\r\n';
    const planned = await planImport(temp.db, small, note);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    const before = await temp.db.deal.count();

    // Someone else's write transaction, open until the import has answered.
    const other = createPrismaClient(temp.target);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let writing = () => {};
    const locked = new Promise<void>((resolve) => (writing = resolve));
    const otherWrite = other.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('UPDATE "Revision" SET "id" = "id" WHERE 1 = 0');
        writing();
        await held;
      },
      { timeout: 60_000 },
    );
    try {
      await locked;
      const result = await withImportClient((client) => applyImport(client, { text: small, note, digest: planned.plan.digest, author }), temp.target);
      expect(result).toEqual({ ok: false, reason: 'busy' });
    } finally {
      release();
      await otherWrite;
      await other.$disconnect();
    }
    expect(await temp.db.deal.count()).toBe(before);
  }, 60_000);
});
