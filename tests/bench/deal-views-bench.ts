// Times every view of tests/bench/deal-views.ts: the database time of its reads (the list, the
// facets and the totals, as the page asks for them; warm, median of --runs) and, with --pages, the
// whole page from a running `next start` with the page cache off. Prints each view and the p95, and
// with --write puts the table into tests/bench/results.md (between its "deal views" markers).
//
//   npx tsx tests/bench/deal-views-bench.ts .data/bench-100k.db [--runs=5] [--pages=http://localhost:3164] [--write] [--only=q=]
//   (the server: TIES_PAGE_CACHE_MB=0 DATABASE_URL=file:.data/bench-100k.db NEXT_DIST_DIR=.next-d npx next start -p 3164)
//   PostgreSQL: --database=postgresql://… instead of the file (a copy of the same data: npm run db:copy-to-postgres).
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDealQuery } from '@/lib/filters/deals';
import { dealViewFilters, dealViews, percentile } from './deal-views';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const file = args.find((a) => !a.startsWith('--')) ?? '.data/bench-100k.db';
const url = option('database') ?? `file:${file}`;
const runs = Number(option('runs') ?? 5);
const pages = option('pages');
// Every read goes to the database: the bench measures what a first request for a view costs.
process.env.TIES_PAGE_CACHE_MB = '0';
process.env.DATABASE_URL = url;

const median = (ms: number[]) => percentile(ms, 50);
const round = (ms: number) => Math.round(ms * 10) / 10;

// Wall-clock time, and the CPU time this process spent (user + system): better-sqlite3 reads on the
// main thread, so on a machine shared with other work the CPU time is the database's own cost.
async function timeBoth(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await fn(); // warm: the statement cache, SQLite's pages, the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const timeIt = async (fn: () => Promise<unknown>) => (await timeBoth(fn)).wall;

// A kept-alive connection the server has just closed fails the next request: that is the client's
// socket, not the page, so one such failure is retried on a new connection.
const get = (view: string) => fetch(pages + view, { redirect: 'manual' }).catch(() => fetch(pages + view, { redirect: 'manual', headers: { connection: 'close' } }));

async function pageTime(view: string): Promise<number> {
  return timeIt(async () => {
    const res = await get(view);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${view}: HTTP ${res.status}`);
  });
}

async function main() {
  const { databaseTarget } = await import('@/lib/database-url');
  const { createPrismaClient } = await import('@/lib/prisma-client');
  const { dealFacets, dealTotals, listDeals } = await import('@/lib/queries/deals');
  const client = createPrismaClient(databaseTarget({ DATABASE_URL: url }));
  const rows: { view: string; total: number; dbMs: number; cpuMs: number; pageMs?: number }[] = [];
  try {
    for (const view of dealViews.filter((v) => v.includes(option('only') ?? ''))) {
      const f = dealViewFilters(view);
      const read = () => Promise.all([listDeals(f, client), dealFacets(f, client), dealTotals(f, client)]);
      const [list] = await read();
      const db = await timeBoth(read);
      const row: (typeof rows)[number] = { view, total: list.total, dbMs: round(db.wall), cpuMs: round(db.cpu) };
      // The page by its canonical address (the proxy redirects any other order of parameters).
      if (pages) row.pageMs = round(await pageTime(`/deals${buildDealQuery(f)}`));
      rows.push(row);
      console.log(`${view.padEnd(72)} ${String(row.total).padStart(7)} deals  db ${String(row.dbMs).padStart(7)} ms (cpu ${String(row.cpuMs).padStart(6)})${row.pageMs === undefined ? '' : `  page ${String(row.pageMs).padStart(7)} ms`}`);
    }
  } finally {
    await client.$disconnect();
  }
  const dbP95 = round(percentile(rows.map((r) => r.dbMs), 95));
  const cpuP95 = round(percentile(rows.map((r) => r.cpuMs), 95));
  const pageP95 = pages ? round(percentile(rows.map((r) => r.pageMs ?? 0), 95)) : undefined;
  console.log(`\n${rows.length} views: database p95 ${dbP95} ms (median ${round(median(rows.map((r) => r.dbMs)))} ms; CPU p95 ${cpuP95} ms, median ${round(median(rows.map((r) => r.cpuMs)))} ms)${pageP95 === undefined ? '' : `, page p95 ${pageP95} ms (median ${round(median(rows.map((r) => r.pageMs ?? 0)))} ms)`}`);
  if (!args.includes('--write')) return;

  const database = url.startsWith('file:') ? `SQLite \`${file}\`` : 'PostgreSQL';
  const section = [
    '<!-- deal views: written by tests/bench/deal-views-bench.ts -->',
    `## Every /deals view, uncached (${database})`,
    '',
    `Measured ${new Date().toISOString()} on ${process.platform} ${process.arch}, ${os.cpus().length} cores, node ${process.version}, 1-minute load average ${os.loadavg()[0]?.toFixed(1)}.`,
    `Database: the view's list, facets and totals as the page reads them (page cache off), warm, median of ${runs}; wall-clock, and the CPU time of the reading process (better-sqlite3 reads on its main thread, so that is the database's own cost, little moved by other work on the machine). Page: the whole HTML${pages ? ` from \`next start\` with \`TIES_PAGE_CACHE_MB=0\`, median of ${runs} after one warm-up` : ' (not measured in this run)'}.`,
    `Command: \`npx tsx tests/bench/deal-views-bench.ts ${args.join(' ')}\``,
    '',
    `**p95 over ${rows.length} views: database ${dbP95} ms (target ≤ 50 ms; CPU ${cpuP95} ms)${pageP95 === undefined ? '' : `, page ${pageP95} ms (target ≤ 120 ms)`}.**`,
    '',
    '| view | deals | database ms | database CPU ms | page ms |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.view}\` | ${r.total} | ${r.dbMs} | ${r.cpuMs} | ${r.pageMs ?? '–'} |`),
    '<!-- /deal views -->',
  ].join('\n');
  const results = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');
  const before = await readFile(results, 'utf8').catch(() => '');
  const marked = /<!-- deal views[^>]*-->[\s\S]*?<!-- \/deal views -->/;
  await writeFile(results, marked.test(before) ? before.replace(marked, section) : `${before.trimEnd()}\n\n${section}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), results)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
