// How long the tracker takes to show a past day and to compare two days, on the bench's database
// (100,000 history entries from 15 October 2025): the scorecard as of a day, one recommendation's
// page as of a day, and the comparison, each the median of --runs warm runs, with the rows rewound.
//   npx tsx tests/bench/past-views-bench.ts .data/bench-100k.db [--runs=5]
import os from 'node:os';
import path from 'node:path';

const file = process.argv[2];
if (!file) throw new Error('Usage: npx tsx tests/bench/past-views-bench.ts <sqlite file> [--runs=5]');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const url = `file:${path.resolve(file)}`;
process.env.DATABASE_URL = url;
// Timings of the reads themselves: the page cache off (a script's own client is never cached anyway).
process.env.TIES_PAGE_CACHE_MB = '0';

async function main() {
  const { databaseTarget } = await import('@/lib/database-url');
  const { createPrismaClient } = await import('@/lib/prisma-client');
  const { listRecommendations, getRecommendation } = await import('@/lib/queries/recommendations');
  const { emptyRecommendationFilters } = await import('@/lib/filters/recommendations');
  const { compareDays } = await import('@/lib/tracker/compare');
  const { endOfDay } = await import('@/lib/tracker/as-of');
  const client = createPrismaClient(databaseTarget({ DATABASE_URL: url }));
  const first = await client.historyEntry.findFirst({ orderBy: { at: 'asc' }, select: { at: true } });
  const total = await client.historyEntry.count();
  console.log(`${file}: ${total} history entries from ${first?.at.toISOString().slice(0, 10)}; load ${os.loadavg()[0]?.toFixed(1)}`);
  const median = async (work: () => Promise<unknown>) => {
    await work();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await work();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1);
  };
  for (const day of ['2025-11-01', '2026-01-31', '2026-06-30']) {
    const since = await client.historyEntry.count({ where: { at: { gte: endOfDay(day) } } });
    const scorecard = await median(() => listRecommendations({ ...emptyRecommendationFilters, asof: day }, client));
    const page = await median(() => getRecommendation(4, client, 1, day));
    console.log(`asof=${day}: ${since} entries rewound; scorecard ${scorecard} ms, /recommendations/4 ${page} ms`);
  }
  const compare = await median(() => compareDays({ from: '2026-01-31', to: '2026-06-30' }, client));
  console.log(`compare 2026-01-31 → 2026-06-30: ${compare} ms (median of ${runs}); load ${os.loadavg()[0]?.toFixed(1)}`);
  await client.$disconnect();
}

void main();
