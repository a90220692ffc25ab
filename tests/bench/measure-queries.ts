// Times the data layer's real query functions against a (large) database, and prints the SQL each
// view issues with SQLite's plan for it: the evidence behind tests/bench/query-plans.md.
//   npx tsx tests/bench/measure-queries.ts .data/bench-100000.db [--plans]
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget } from '@/lib/database-url';
import { tuneSqlite } from '@/lib/prisma-client';
import { emptyDealFilters, type DealFilters } from '@/lib/filters/deals';
import { emptyRecommendationFilters } from '@/lib/filters/recommendations';
import { getDeal } from '@/lib/queries/deal-detail';
import { dealValueByCountry } from '@/lib/charts/deal-charts';
import { dealDataView, dealFacets, dealTotals, listDeals } from '@/lib/queries/deals';
import { listInstruments } from '@/lib/queries/instruments';
import { getDealValueByCountry, getDealsByYear, getInstrumentsByAccess, getOverview, getRecommendationsByStage } from '@/lib/queries/overview';
import { getRecommendation, listRecommendations } from '@/lib/queries/recommendations';
import { runIfMain } from '@/prisma/scripts/cli';
import { dealViewFilters, dealViews } from './deal-views';

type Logged = { sql: string; params: string };

const deals = (f: Partial<DealFilters>): DealFilters => ({ ...emptyDealFilters, ...f });

export function views(client: PrismaClient, dealSlug: string) {
  const dealsView = (f: DealFilters) => () => Promise.all([listDeals(f, client), dealFacets(f, client), dealTotals(f, client), f.view ? dealValueByCountry(dealDataView(f), client) : null]);
  return {
    // Every view of the bench's list (tests/bench/deal-views.ts), then a few more of the app's pages.
    ...Object.fromEntries(dealViews.map((view) => [view, dealsView(dealViewFilters(view))])),
    '/deals': dealsView(deals({})),
    '/deals?country=PL&sort=-value': dealsView(deals({ country: ['PL'], sort: '-value' })),
    '/deals?q=k9': dealsView(deals({ q: 'k9' })),
    // A rare word (a few deals, found by the full-text index) and a typo (none).
    '/deals?q=hanbit+marine&country=PL': dealsView(deals({ q: 'hanbit marine', country: ['PL'] })),
    '/deals?q=submarnie': dealsView(deals({ q: 'submarnie' })),
    '/deals?type=export&from=2024&to=2024': dealsView(deals({ type: ['export'], from: 2024, to: 2024 })),
    '/deals?organisation=hanbit-aerospace': dealsView(deals({ organisation: ['hanbit-aerospace'] })),
    '/deals?page=20': dealsView(deals({ page: 20 })),
    // Deep pages, in the default order and in orders no index serves.
    '/deals?page=2000': dealsView(deals({ page: 2000 })),
    '/deals?sort=title&page=2000': dealsView(deals({ sort: 'title', page: 2000 })),
    '/deals?sort=-value&page=2000': dealsView(deals({ sort: '-value', page: 2000 })),
    '/deals?sort=partner&page=2000': dealsView(deals({ sort: 'partner', page: 2000 })),
    '/deals?country=PL&organisation=hanbit-aerospace': dealsView(deals({ country: ['PL'], organisation: ['hanbit-aerospace'] })),
    [`/deals/${dealSlug}`]: () => getDeal(dealSlug, client),
    '/': () => Promise.all([getOverview(client), getDealValueByCountry(client), getDealsByYear(client), getInstrumentsByAccess(client), getRecommendationsByStage(client)]),
    '/instruments': () => listInstruments(undefined, client),
    '/recommendations': () => listRecommendations(emptyRecommendationFilters, client),
    '/recommendations/4': () => getRecommendation(4, client),
  } satisfies Record<string, () => Promise<unknown>>;
}

async function time(fn: () => Promise<unknown>, runs: number) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)] ?? 0, max: ms[ms.length - 1] ?? 0 };
}

runIfMain(import.meta.url, async () => {
  const file = process.argv[2] ?? '.data/bench-100000.db';
  const showPlans = process.argv.includes('--plans');
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const target = databaseTarget({ DATABASE_URL: `file:${file}` });
  const client = tuneSqlite(new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }), log: [{ emit: 'event', level: 'query' }] }));
  let logged: Logged[] = [];
  // The connection's own settings (tuneSqlite) are not part of any view.
  client.$on('query', (e) => void (e.query.startsWith('PRAGMA') || logged.push({ sql: e.query, params: e.params })));
  const raw = new Database(target.file, { readonly: true });
  const slug = raw.prepare(`SELECT slug FROM Deal WHERE partnerCountryCode = 'PL' ORDER BY id DESC LIMIT 1`).pluck().get() as string;

  for (const [name, fn] of Object.entries(views(client, slug))) {
    if (only !== undefined && name !== only) continue;
    logged = [];
    await fn();
    const queries = [...logged];
    const { median, max } = await time(fn, 5);
    console.log(`\n## ${name}: ${queries.length} queries, median ${median.toFixed(1)} ms (max ${max.toFixed(1)} ms)`);
    if (!showPlans) continue;
    for (const q of queries) {
      const params = JSON.parse(q.params) as unknown[];
      const started = performance.now();
      raw.prepare(q.sql).all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p)));
      const ms = performance.now() - started;
      const plan = raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as { detail: string }[];
      console.log(`\n${ms.toFixed(1)} ms  ${q.sql.replace(/`main`\./g, '').replace(/\s+/g, ' ').replace(/SELECT `Deal`.`id`, .* FROM `Deal`/, "SELECT `Deal`.* FROM `Deal`")}\n  params ${q.params.slice(0, 120)}`);
      for (const p of plan) console.log(`  | ${p.detail}`);
    }
  }
  raw.close();
  await client.$disconnect();
});
