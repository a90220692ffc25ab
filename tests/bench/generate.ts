// Scale data for the benchmark: a separate SQLite database with the paper's seed plus N synthetic
// deals and their links, and a long recommendation history. A seeded PRNG makes it reproducible:
// the same arguments give the same rows. It never touches the real database or the real seed.
//   npx tsx tests/bench/generate.ts --deals 100000 --out .data/bench-100k.db [--history 100000] [--seed 42] [--check]
// --check: the kept counts compared with a recount of the deals at the end (a failure if they differ).
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget } from '@/lib/database-url';
import { cooperationTypes, dealStages, organisationRoles } from '@/lib/schemas/deal';
import { type DealData, dealRow } from '@/lib/records/deal';
import { formatPartialDate } from '@/lib/schemas/common';
import { DEAL_COUNT_FILL_SQL, DEAL_COUNT_TRIGGERS_SQL, DEAL_LINK_FILL_SQL, DEAL_LINK_TRIGGERS_SQL, DEAL_SUM_TRIGGERS_SQL, DEAL_WORD_TRIGGERS_SQL, DROP_DEAL_LINK_TRIGGERS_SQL, keepCommonSearchWords } from '@/prisma/scripts/deal-counts';
import { recountDealCounts } from '@/prisma/scripts/deal-counts-check';
import { migrate } from '@/prisma/scripts/migrate';
import { runIfMain } from '@/prisma/scripts/cli';
import { seed } from '@/prisma/seed/seed';
import * as words from './synthetic-vocabulary';

export type GenerateOptions = { deals: number; file: string; history?: number; seed?: number; check?: boolean };

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; plenty for test data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const weighted = <T extends { weight: number }>(list: readonly T[]): T => {
    let r = next() * list.reduce((n, x) => n + x.weight, 0);
    for (const x of list) if ((r -= x.weight) < 0) return x;
    return list[list.length - 1] as T;
  };
  const some = <T>(list: readonly T[], count: number): T[] => [...new Set(Array.from({ length: count }, () => pick(list)))];
  return { next, int, pick, weighted, some, chance: (p: number) => next() < p };
}

// Fixed timestamps, so that two runs write identical rows (the seed's own now() is overwritten too).
const STAMP = '2026-01-01T00:00:00.000+00:00';
const iso = (d: Date) => d.toISOString().replace('Z', '+00:00');
/** A value as better-sqlite3 binds it, stored as Prisma stores it on SQLite. */
const sqlValue = (v: unknown) => (v instanceof Date ? iso(v) : typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? null));
const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function statedValue(rand: ReturnType<typeof prng>) {
  const currency = rand.weighted(words.currencies);
  const millions = currency.code === 'KRW' ? rand.int(10, 9000) * 1000 : rand.int(5, 9000);
  const amount = millions * 1_000_000;
  const text = millions >= 1000 ? `${currency.prefix}${(millions / 1000).toFixed(1)} billion` : `${currency.prefix}${millions} million`;
  return { amount, currency: currency.code, text };
}

export async function generateBenchDatabase({ deals, file, history = 100_000, seed: seedNumber = 42, check = false }: GenerateOptions) {
  const started = performance.now();
  const target = databaseTarget({ DATABASE_URL: `file:${file}` });
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(target.file + suffix, { force: true });
  await migrate(target);
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }) });
  try {
    await seed(client);
  } finally {
    await client.$disconnect();
  }

  const rand = prng(seedNumber);
  const sql = new Database(target.file);
  // A bulk load into a new file, redone from nothing if it fails: no rollback journal (a WAL held the
  // whole load, 2.2 GB at a million deals, then copied it into the file again), a page cache large
  // enough for the indexes being built, and sorts for the indexes in memory.
  sql.pragma('journal_mode = OFF');
  sql.pragma('synchronous = OFF');
  sql.pragma('cache_size = -1048576');
  sql.pragma('temp_store = MEMORY');
  const phase = timer();
  const ids = (query: string) => sql.prepare(query).pluck().all() as number[];
  const paperSourceId = sql.prepare(`SELECT id FROM Source WHERE kind = 'paper'`).pluck().get() as number;
  const instrumentIds = ids('SELECT id FROM Instrument ORDER BY id');
  const recommendationIds = ids('SELECT id FROM Recommendation ORDER BY number');
  const challengeIds = ids('SELECT id FROM Challenge ORDER BY number');

  const insert = {
    country: sql.prepare('INSERT OR IGNORE INTO Country (code, name, nameKo, eu, nato, ip4) VALUES (?, ?, ?, ?, ?, 0)'),
    organisation: sql.prepare('INSERT INTO Organisation (slug, name, nameKo, kind, origin, countryCode) VALUES (?, ?, ?, ?, ?, ?)'),
    source: sql.prepare(`INSERT INTO Source (slug, kind, authors, title, publisher, publishedOn, url, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, '${STAMP}', '${STAMP}')`),
    dealOrganisation: sql.prepare('INSERT INTO DealOrganisation (dealId, organisationId, role) VALUES (?, ?, ?)'),
    event: sql.prepare('INSERT INTO DealEvent (dealId, stage, date, datePrecision, description, descriptionKo, sourceId) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    dealSource: sql.prepare('INSERT INTO _DealToSource (A, B) VALUES (?, ?)'),
    dealInstrument: sql.prepare('INSERT INTO _DealToInstrument (A, B) VALUES (?, ?)'),
    dealRecommendation: sql.prepare('INSERT INTO _DealToRecommendation (A, B) VALUES (?, ?)'),
    challengeDeal: sql.prepare('INSERT INTO _ChallengeToDeal (A, B) VALUES (?, ?)'),
    history: sql.prepare(
      `INSERT INTO HistoryEntry (recommendationId, version, at, authorName, kind, milestoneId, fromValue, toValue, note, evidenceUrl) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };

  // A deal is inserted with exactly the columns its record writes (lib/records/deal.ts), whatever they are.
  const statements = new Map<string, Database.Statement>();
  const insertDeal = (row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const key = columns.join(',');
    let statement = statements.get(key);
    if (!statement) {
      statement = sql.prepare(`INSERT INTO Deal (${columns.map((c) => `"${c}"`).join(', ')}, createdAt, updatedAt) VALUES (${columns.map(() => '?').join(', ')}, '${STAMP}', '${STAMP}')`);
      statements.set(key, statement);
    }
    return statement.run(...columns.map((c) => sqlValue(row[c])));
  };

  const fill = sql.transaction(() => {
    for (const c of words.partnerCountries) insert.country.run(c.code, c.name, c.nameKo, c.eu ? 1 : 0, c.nato ? 1 : 0);

    // Organisations: Korean firms (the primes) and European partners in each partner country.
    type Org = { id: number; name: string; nameKo: string };
    const korean: Org[] = [];
    words.koreanFirmStems.forEach((stem, i) =>
      words.firmSuffixes.forEach((suffix, j) => {
        const name = `${stem} ${suffix}`;
        const nameKo = `${words.koreanFirmStemsKo[i]}${words.firmSuffixesKo[j]}`;
        const id = Number(insert.organisation.run(slugify(name), name, nameKo, 'firm', 'korean', 'KR').lastInsertRowid);
        korean.push({ id, name, nameKo });
      }),
    );
    const european = new Map<string, Org[]>();
    for (const c of words.partnerCountries) {
      const list = words.europeanFirmStems.slice(0, 6).map((stem) => {
        const name = `${stem} ${c.name} ${rand.pick(words.firmSuffixes)}`;
        const id = Number(insert.organisation.run(slugify(name), name, null, 'firm', 'european', c.code).lastInsertRowid);
        return { id, name, nameKo: '' };
      });
      european.set(c.code, list);
    }

    // A bibliography: news and official sources the synthetic deals cite.
    const sourceIds: number[] = [];
    const sourceSlugs: string[] = [];
    const sourceCount = Math.max(50, Math.min(5000, Math.ceil(deals / 20)));
    for (let i = 1; i <= sourceCount; i++) {
      const publisher = rand.pick(words.publishers);
      const year = rand.int(2015, 2026);
      const kind = rand.chance(0.8) ? 'article' : rand.pick(['press-release', 'commentary', 'official-document'] as const);
      const title = `${rand.pick(words.systems).name} and the ${rand.pick(words.partnerCountries).name} market (${i})`;
      const slug = `${slugify(publisher)}-${year}-${i}`;
      const url = `https://example.org/${slugify(publisher)}/${year}/${i}`;
      sourceIds.push(Number(insert.source.run(slug, kind, `${rand.pick(words.authorSurnames)}, ${String.fromCharCode(65 + rand.int(0, 25))}.`, title, publisher, String(year), url).lastInsertRowid));
      sourceSlugs.push(slug);
    }

    for (let n = 1; n <= deals; n++) {
      const system = rand.pick(words.systems);
      const country = rand.weighted(words.partnerCountries);
      const type = rand.pick(cooperationTypes);
      const stage = rand.pick(dealStages);
      const prime = rand.pick(korean);
      const partners = rand.chance(0.6) ? rand.some(european.get(country.code) ?? [], rand.int(1, 2)) : [];
      const dated = rand.chance(0.9);
      const year = rand.int(2000, 2026);
      const month = rand.int(1, 12);
      const precision = rand.pick(['year', 'month', 'day'] as const);
      const day = precision === 'day' ? rand.int(1, 28) : 1;
      const date = new Date(Date.UTC(year, precision === 'year' ? 0 : month - 1, day));
      const value = rand.chance(0.7) ? statedValue(rand) : null;
      const valueSource = value ? rand.int(0, sourceIds.length - 1) : -1;
      const title = `${system.name} ${type === 'export' ? 'for' : 'with'} ${country.name} (${prime.name}, no. ${n})`;
      const titleKo = `${country.nameKo} ${system.nameKo} 사업 (${prime.nameKo}, ${n}번)`;
      const summary = `${prime.name}'s ${type.replace('-', ' ')} of the ${system.name} with ${country.name}${partners.length ? `, with ${partners.map((p) => p.name).join(' and ')}` : ''}; a synthetic deal for benchmarks.`;
      const summaryKo = `${prime.nameKo}의 ${country.nameKo} ${system.nameKo} 협력 사례(벤치마크용 합성 데이터).`;
      // Its links (organisations with their roles, sources, instruments…) are written below, from ids.
      const d: DealData = {
        slug: `${slugify(system.name)}-${country.code.toLowerCase()}-${n}`,
        title, titleKo, system: system.name, domain: system.domain, cooperationType: type, stage,
        partnerCountry: country.code,
        organisations: [],
        date: dated ? formatPartialDate(date, precision) : undefined,
        value: value ? { ...value, sourceSlug: sourceSlugs[valueSource]! } : undefined,
        localisation: rand.chance(0.3), technologyTransfer: rand.chance(0.2),
        summary, summaryKo,
        sourceSlugs: [], events: [], instrumentCodes: [], recommendationNumbers: [], challengeSlugs: [], claims: {},
      };
      // The row the app writes (the seed, the editor), search text included, so a search finds what it would find there.
      const row = dealRow(d, { sourceId: () => sourceIds[valueSource]!, country, organisations: [prime, ...partners] });
      const dealId = Number(insertDeal(row).lastInsertRowid);
      const valueSourceId = value ? sourceIds[valueSource]! : null;
      insert.dealOrganisation.run(dealId, prime.id, 'prime-contractor');
      for (const p of partners) insert.dealOrganisation.run(dealId, p.id, rand.pick(organisationRoles.slice(1)));
      const cited = [paperSourceId, ...rand.some(sourceIds, rand.int(1, 2))];
      for (const s of new Set(valueSourceId ? [...cited, valueSourceId] : cited)) insert.dealSource.run(dealId, s);
      const events = rand.int(1, 4);
      for (let e = 0; e < events; e++) {
        const at = new Date(Date.UTC(year - events + e + 1, rand.int(0, 11), 1));
        insert.event.run(dealId, dealStages[Math.min(e, dealStages.length - 1)], iso(at), 'month', `${prime.name} and ${country.name}: step ${e + 1} of the ${system.name} deal.`, null, rand.pick(cited));
      }
      if (rand.chance(0.2)) for (const i of rand.some(instrumentIds, rand.int(1, 2))) insert.dealInstrument.run(dealId, i);
      if (rand.chance(0.3)) for (const r of rand.some(recommendationIds, rand.int(1, 2))) insert.dealRecommendation.run(dealId, r);
      if (rand.chance(0.15)) insert.challengeDeal.run(rand.pick(challengeIds), dealId);
    }

    // History: each recommendation reviewed many times, the stage moving in-progress ⇄ stalled.
    const milestones = new Map(recommendationIds.map((id) => [id, ids(`SELECT id FROM Milestone WHERE recommendationId = ${id} ORDER BY position`)]));
    const version = new Map(recommendationIds.map((id) => [id, 1]));
    const stage = new Map<number, string>(recommendationIds.map((id) => [id, 'not-assessed']));
    let at = Date.UTC(2025, 9, 15);
    for (let h = 0; h < history; h++) {
      const rec = recommendationIds[h % recommendationIds.length] as number;
      const v = (version.get(rec) ?? 1) + 1;
      version.set(rec, v);
      at += rand.int(1, 600) * 1000;
      const from = stage.get(rec) ?? 'not-assessed';
      const author = rand.pick(words.editors);
      const roll = rand.next();
      if (roll < 0.2) {
        const to = from === 'not-assessed' ? 'not-started' : from === 'in-progress' ? 'stalled' : 'in-progress';
        stage.set(rec, to);
        insert.history.run(rec, v, iso(new Date(at)), author, 'stage', null, from, to, `Moved to ${to} after review ${v}.`, null);
      } else if (roll < 0.5 && milestones.get(rec)?.length) {
        const done = rand.chance(0.5);
        insert.history.run(rec, v, iso(new Date(at)), author, 'milestone', rand.pick(milestones.get(rec) ?? []), done ? 'open' : 'done', done ? 'done' : 'open', `Milestone checked (${v}).`, null);
      } else {
        insert.history.run(rec, v, iso(new Date(at)), author, 'review', null, null, null, `Reviewed; no change (${v}).`, null);
      }
    }
    const setRecommendation = sql.prepare('UPDATE Recommendation SET version = ?, stage = ?, lastReviewedAt = ? WHERE id = ?');
    if (history > 0) for (const id of recommendationIds) setRecommendation.run(version.get(id), stage.get(id), iso(new Date(at)), id);
    // Last, so that it also covers rows whose timestamps came from column defaults.
    const tables = sql.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'`).pluck().all() as string[];
    for (const table of tables) {
      const columns = (sql.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
      // Only the rows that differ: rewriting every deal's row to the same value cost two passes over the file.
      for (const column of columns.filter((c) => c === 'createdAt' || c === 'updatedAt')) sql.prepare(`UPDATE "${table}" SET "${column}" = '${STAMP}' WHERE "${column}" IS NOT '${STAMP}'`).run();
    }
  });
  // A bulk load: the full-text index, the counts per facet value and the link counts (prisma/scripts/deal-counts.ts)
  // are built once at the end, and so are the deals' indexes (but the unique ones). Kept up row by
  // row, each deal updated some eighty counts, sixteen indexes and the full-text index, whose
  // inserts in one long transaction grew faster than the rows (15,000 deals: 7.7 s, 1.8 s without).
  const indexes = sql.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Deal' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`).all() as { name: string; sql: string }[];
  const searchInsert = sql.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'Deal_search_insert'`).pluck().get() as string;
  sql.exec('DROP TRIGGER "Deal_search_insert"; DROP TRIGGER "Deal_counts_insert"; DROP TRIGGER "Deal_counts_delete"; DROP TRIGGER "Deal_counts_update";');
  sql.exec(DROP_DEAL_LINK_TRIGGERS_SQL);
  for (const index of indexes) sql.exec(`DROP INDEX "${index.name}"`);
  fill();
  phase('rows');
  for (const index of indexes) sql.exec(index.sql);
  phase('indexes');
  // The full-text index built in one pass, its terms gathered in memory up to 256 MiB before each
  // segment is written (FTS5's default, 1 MiB, wrote thousands of small segments at a million deals,
  // merged again and again); set back to that default after (a row in its config table says so; the
  // shadow table cannot be written directly), so that the app's writes are as before.
  sql.exec(`INSERT INTO "DealSearch"("DealSearch", rank) VALUES ('hashsize', ${256 * 1024 * 1024});`);
  sql.exec(`${searchInsert};\nINSERT INTO "DealSearch"("DealSearch") VALUES ('rebuild');`);
  sql.exec(`INSERT INTO "DealSearch"("DealSearch", rank) VALUES ('hashsize', ${1024 * 1024});`);
  phase('full-text index');
  sql.exec(`${DEAL_COUNT_TRIGGERS_SQL}\n${DEAL_COUNT_FILL_SQL}\n${DEAL_LINK_TRIGGERS_SQL}\n${DEAL_LINK_FILL_SQL}\n${DEAL_WORD_TRIGGERS_SQL}\n${DEAL_SUM_TRIGGERS_SQL}`);
  phase('counts per value and per organisation');
  // The common search words (their deals' lists and counts) and the values' sums, as `npm run db:migrate` fills them.
  keepCommonSearchWords(sql);
  phase('common search words');
  sql.exec('ANALYZE');
  phase('ANALYZE');
  // The bulk-built counts against a recount of the deals (what the triggers would have kept).
  if (check) {
    const differences = recountDealCounts(sql);
    phase('recount of the kept counts');
    if (differences.length) throw new Error(`The kept counts differ from a recount:\n${differences.join('\n')}`);
  }
  sql.pragma('journal_mode = WAL');
  sql.close();
  return { file: target.file, deals, history, bytes: statSync(target.file).size, seconds: (performance.now() - started) / 1000 };
}

/** Logs how long each step of the load took since the last (stderr, so that the summary line stays last). */
function timer() {
  let last = performance.now();
  return (step: string) => {
    const now = performance.now();
    if (process.env.TIES_BENCH_QUIET !== '1') console.error(`  ${step}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

runIfMain(import.meta.url, async () => {
  const deals = Number(argument('deals') ?? 10_000);
  const history = Number(argument('history') ?? 100_000);
  const seedNumber = Number(argument('seed') ?? 42);
  if (!Number.isInteger(deals) || deals < 0 || !Number.isInteger(history) || history < 0) throw new Error('--deals and --history take a whole number.');
  const file = argument('out') ?? `.data/bench-${deals}.db`;
  const result = await generateBenchDatabase({ deals, file, history, seed: seedNumber, check: process.argv.includes('--check') });
  console.log(
    `Generated ${path.relative(process.cwd(), result.file)}: ${deals} synthetic deals + the paper's seed, ${history} history entries, ` +
      `${(result.bytes / 1024 / 1024).toFixed(1)} MiB in ${result.seconds.toFixed(1)} s.`,
  );
});
