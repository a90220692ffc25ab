// How long the register's lists take as they stood on a past day (lib/records/past-register.ts), on a
// copy of the bench's database: --saves deals are edited through their editor (each a revision), then
// the deals list is read as it stood before them. The first read makes the day's copy of the file and
// rewinds the saves in it; later reads of that day (any view) reuse it. Prints each figure in ms.
//   npx tsx tests/bench/past-register-bench.ts .data/bench-100k.db [--saves=200] [--runs=5]
import { copyFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const source = process.argv[2] ?? '';
if (!source) throw new Error('Usage: npx tsx tests/bench/past-register-bench.ts <sqlite file> [--saves=200] [--runs=5]');
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const saves = arg('saves', 200);
const runs = arg('runs', 5);
// The bench's database is never written: the edits go to a copy beside it.
const file = path.resolve(source.replace(/\.db$/, '-past-bench.db'));
process.env.DATABASE_URL = `file:${file}`;
process.env.TIES_PAGE_CACHE_MB = '0';

async function main() {
  for (const end of ['', '-wal', '-shm']) rmSync(file + end, { force: true });
  copyFileSync(path.resolve(source), file);
  const { databaseTarget } = await import('@/lib/database-url');
  const { createPrismaClient } = await import('@/lib/prisma-client');
  const { saveRecord } = await import('@/lib/editing/save');
  const { dealEditor } = await import('@/lib/records/deal');
  const { parseDealFilters } = await import('@/lib/filters/deals');
  const { dealFacets, dealTotals, listDeals } = await import('@/lib/queries/deals');
  const { closePastCopies, readRegisterAsOf } = await import('@/lib/records/past-register');
  const client = createPrismaClient(databaseTarget({ DATABASE_URL: `file:${file}` }));
  const deals = await client.deal.count();
  console.log(`${source} (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB, ${deals} deals); ${saves} saves; load ${os.loadavg()[0]?.toFixed(1)}`);

  const moment = new Date();
  await new Promise((resolve) => setTimeout(resolve, 5));
  // The generator's links rest on no claim, which an editor's save refuses: the deals edited have none.
  const slugs = (
    await client.deal.findMany({ where: { retiredAt: null, instruments: { none: {} }, recommendations: { none: {} }, challenges: { none: {} } }, orderBy: { id: 'asc' }, take: saves, select: { slug: true } })
  ).map((d) => d.slug);
  let start = performance.now();
  for (const slug of slugs) {
    const record = (await dealEditor.load(client, slug))!;
    const result = await saveRecord(client, dealEditor, { key: slug, expectedVersion: record.version, values: { ...dealEditor.toValues(record), title: `${record.title} (renamed by the bench)` }, note: 'Bench edit', author: { id: null, name: 'Bench' } });
    if (!result.ok) throw new Error(`save of ${slug} refused: ${JSON.stringify(result)}`);
  }
  console.log(`${saves} saves through the editor: ${(performance.now() - start).toFixed(0)} ms`);

  const views = ['', 'q=poland', 'country=PL&stage=contract', 'page=2000', 'sort=title'];
  const read = (query: string) => (c: typeof client) => {
    const f = parseDealFilters(Object.fromEntries(new URLSearchParams(query))).filters;
    return Promise.all([listDeals(f, c), dealFacets(f, c), dealTotals(f, c)]);
  };
  start = performance.now();
  const first = await readRegisterAsOf(moment, read(''), client);
  if (!first.ok) throw new Error(JSON.stringify(first));
  console.log(`first read of the day (copy ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB, rewind ${first.changes} saves, read /deals): ${(performance.now() - start).toFixed(0)} ms`);
  for (const query of views) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      start = performance.now();
      const past = await readRegisterAsOf(moment, read(query), client);
      if (!past.ok) throw new Error(JSON.stringify(past));
      times.push(performance.now() - start);
      const today = performance.now();
      await read(query)(client);
      times.push(-(performance.now() - today));
    }
    const pastTimes = times.filter((t) => t >= 0).sort((a, b) => a - b);
    const todayTimes = times.filter((t) => t < 0).map((t) => -t).sort((a, b) => a - b);
    const median = (list: number[]) => list[Math.floor(list.length / 2)]!.toFixed(1);
    console.log(`/deals?${query}: as it stood ${median(pastTimes)} ms, today ${median(todayTimes)} ms (median of ${runs})`);
  }
  await closePastCopies();
  await client.$disconnect();
  for (const end of ['', '-wal', '-shm']) rmSync(file + end, { force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
