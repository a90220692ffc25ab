// A large export is written as it is read: every row arrives, in the view's order, and a reader who
// stops early stops the reading of the database too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportResponse } from '@/lib/export/respond';
import { exportTurns } from '@/lib/export/turns';
import { parseDealFilters } from '@/lib/filters/deals';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { EXPORT_BATCH, listAllDeals } from '@/lib/queries/deals';
import { buildSearchText } from '@/lib/search';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const BULK = 2_600; // six batches of EXPORT_BATCH (500)

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  const source = await temp.db.source.findFirstOrThrow();
  await temp.db.deal.createMany({
    data: Array.from({ length: BULK }, (_, i) => ({
      slug: `bulk-${i}`,
      title: `Bulk deal ${i}`,
      system: 'K9 howitzer',
      domain: 'land',
      cooperationType: 'export',
      stage: 'contract',
      partnerCountryCode: i % 3 ? 'PL' : 'RO',
      date: new Date(Date.UTC(2000 + (i % 25), i % 12, 1)),
      datePrecision: 'month',
      year: 2000 + (i % 25),
      valueAmount: i % 5 ? i * 1e6 : null,
      valueCurrency: i % 5 ? 'EUR' : null,
      valueSourceId: i % 5 ? source.id : null,
      summary: i === 7 ? '=cmd()' : 'A bulk deal for the streaming test.',
      searchText: buildSearchText([`Bulk deal ${i}`]),
    })),
  });
}, 60_000);
afterAll(() => temp.dispose());

/** The client, counting the batch reads (a deal read by a list of ids). */
function counting() {
  const counter = { batches: 0 };
  const client = temp.db.$extends({
    query: {
      deal: {
        findMany({ args, query }) {
          const id = args.where?.id;
          if (id && typeof id === 'object' && 'in' in id) counter.batches += 1;
          return query(args);
        },
      },
    },
  }) as unknown as PrismaClient;
  return { client, counter };
}

const request = (query: string) => new Request(`http://ties.test/api/deals?${query}`);

describe('streamed deal exports', () => {
  it('writes every row of a view of several batches, in the view’s order, as JSON and as CSV', async () => {
    const query = 'q=bulk&sort=-value';
    const expected = (await listAllDeals(parseDealFilters({ q: 'bulk', sort: '-value' }).filters, temp.db)).map((d) => d.slug);
    expect(expected.length).toBe(BULK);
    expect(BULK / EXPORT_BATCH).toBeGreaterThan(5);

    const json = await (await exportResponse(request(query), 'deals', temp.db)).json();
    expect(json.total).toBe(BULK);
    expect(json.deals.map((d: { slug: string }) => d.slug)).toEqual(expected);
    expect(json.deals[0]).toMatchObject({ partner_country: expect.stringMatching(/^(PL|RO)$/), value_source: expect.any(String) });

    const csv = await (await exportResponse(request(`${query}&format=csv`), 'deals', temp.db)).text();
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows.map((line) => JSON.parse(line.split(',')[0] ?? ''))).toEqual(expected);
    expect(csv).toContain(`"'=cmd()"`);
  });

  it('reads the database only as far as the reader reads', async () => {
    const { client, counter } = counting();
    const response = await exportResponse(request('q=bulk&format=csv'), 'deals', client);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(first.value)).toMatch(/^\uFEFF"[a-z_]+",/);
    await reader.read(); // the first batch of rows
    await reader.cancel();
    expect(counter.batches).toBeGreaterThan(0);
    expect(counter.batches).toBeLessThanOrEqual(3);

    // Read to the end, the same export reads all six batches.
    const all = counting();
    await (await exportResponse(request('q=bulk&format=csv'), 'deals', all.client)).text();
    expect(all.counter.batches).toBe(Math.ceil(BULK / EXPORT_BATCH));
    expect(exportTurns.running).toBe(0);
  });

  it('lets two large exports read at once; a third waits for a turn, and a small one does not', async () => {
    const first = await exportResponse(request('q=bulk&format=csv'), 'deals', temp.db);
    const second = await exportResponse(request('q=bulk'), 'deals', temp.db);
    let third: Response | undefined;
    const pending = exportResponse(request('q=bulk&sort=title&format=csv'), 'deals', temp.db).then((r) => (third = r));
    const small = await exportResponse(request('country=RO&q=hanwha'), 'deals', temp.db);
    expect((await small.json()).total).toBeGreaterThan(0);
    expect(third).toBeUndefined();
    expect(exportTurns.waiting).toBe(1);

    await first.body!.cancel();
    await pending;
    expect(third?.status).toBe(200);
    expect((await second.json()).total).toBe(BULK);
    expect((await third!.text()).split('\r\n')).toHaveLength(BULK + 2);
    expect([exportTurns.running, exportTurns.waiting]).toEqual([0, 0]);
  });

  it('writes a valid empty list when nothing matches', async () => {
    const json = await (await exportResponse(request('q=nothing-matches-this'), 'deals', temp.db)).json();
    expect(json).toMatchObject({ total: 0, deals: [] });
    const csv = await (await exportResponse(request('q=nothing-matches-this&format=csv'), 'deals', temp.db)).text();
    expect(csv.split('\r\n')).toHaveLength(2); // the header, and the empty string after the last CRLF
  });
});
