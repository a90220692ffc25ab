// The deals' full-text index on SQLite (migration 20261204190000_deal_search): kept in step with
// Deal by its triggers, kept by later migrations, and narrowing a search to exactly the deals the
// plain scan of searchText finds, on a real file of the paper's seed plus 2,000 synthetic deals.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTarget } from '@/lib/database-url';
import { type DealFilters, emptyDealFilters } from '@/lib/filters/deals';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { dealFacetList, dealWhere } from '@/lib/lists/deal-facets';
import { createPrismaClient } from '@/lib/prisma-client';
import { countDeals, dealFacets, dealOrderBy, dealTotals, listAllDeals, providerOf } from '@/lib/queries/deals';
import { SEARCH_IDS_MAX, dealSearchNarrowing } from '@/lib/queries/deals-search';
import { DEAL_SEARCH_TABLES } from '@/prisma/scripts/deal-search';
import { migrate } from '@/prisma/scripts/migrate';
import { pendingMigrationSql } from '@/prisma/scripts/new-migration';
import { SCHEMA_PATH } from '@/prisma/scripts/schema-engine';
import { generateBenchDatabase } from '../bench/generate';

let dir: string;
let file: string;
let client: PrismaClient;
let raw: Database.Database;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ties-deal-search-'));
  file = path.join(dir, 'search.db');
  await generateBenchDatabase({ deals: 2000, history: 0, file });
  client = createPrismaClient(databaseTarget({ DATABASE_URL: `file:${file}` }));
  raw = new Database(file);
}, 120_000);

afterAll(async () => {
  raw?.close();
  await client?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

// The full-text index's triggers, and those of the counts per facet value, of the links and of the common words (prisma/scripts/deal-counts.ts).
const ALL_TRIGGERS = ['Deal_counts_delete', 'Deal_counts_insert', 'Deal_counts_update', 'Deal_links_delete', 'Deal_links_update', 'Deal_search_delete', 'Deal_search_insert', 'Deal_search_update', 'Deal_sums_delete', 'Deal_sums_insert', 'Deal_sums_update', 'Deal_words_delete', 'Deal_words_insert', 'Deal_words_update'];
const triggers = (db: Database.Database) => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Deal' ORDER BY name`).pluck().all();
/** FTS5's own check that the index holds exactly what Deal's searchText says (throws if not). */
const indexMatches = (db: Database.Database) => db.prepare(`INSERT INTO "DealSearch"("DealSearch", rank) VALUES ('integrity-check', 1)`).run();
const hits = (db: Database.Database, token: string) => db.prepare(`SELECT rowid FROM "DealSearch" WHERE "DealSearch" MATCH ? ORDER BY rowid`).pluck().all(`"${token}"`);

describe('the full-text index', () => {
  it('is built by the migrations, with its triggers, over every deal', () => {
    expect(triggers(raw)).toEqual(ALL_TRIGGERS);
    expect(() => indexMatches(raw)).not.toThrow();
    expect(hits(raw, 'kf21').length).toBe(raw.prepare(`SELECT count(*) FROM Deal WHERE searchText LIKE '%kf21%'`).pluck().get());
  });

  it('follows every insert, change and delete of a deal', async () => {
    const deal = await client.deal.findFirstOrThrow({ where: { searchText: { contains: 'boramae' } }, select: { id: true, searchText: true } });
    await client.deal.update({ where: { id: deal.id }, data: { searchText: `${deal.searchText} quokkabird ` } });
    expect(hits(raw, 'quokkabird')).toEqual([deal.id]);
    await client.deal.update({ where: { id: deal.id }, data: { searchText: deal.searchText } });
    expect(hits(raw, 'quokkabird')).toEqual([]);
    raw.prepare(`INSERT INTO Deal (slug, title, system, summary, domain, cooperationType, stage, partnerCountryCode, searchText, createdAt, updatedAt)
      SELECT 'search-probe', 'Probe', system, summary, domain, cooperationType, stage, partnerCountryCode, ' wombatfish ', createdAt, updatedAt FROM Deal WHERE id = ?`).run(deal.id);
    const probe = raw.prepare(`SELECT id FROM Deal WHERE slug = 'search-probe'`).pluck().get();
    expect(hits(raw, 'wombatfish')).toEqual([probe]);
    await client.deal.delete({ where: { slug: 'search-probe' } });
    expect(hits(raw, 'wombatfish')).toEqual([]);
    expect(() => indexMatches(raw)).not.toThrow();
  });

  it('is left alone by a new migration, and a migration that rebuilds Deal brings its triggers back', async () => {
    // The migrations as they are match the schema: no DROP of the index's tables.
    expect(await pendingMigrationSql()).toBeNull();
    // A change SQLite can only make by rebuilding the table (a required column made optional).
    const schema = readFileSync(SCHEMA_PATH, 'utf8').replace(/(\n {2}summary\s+)String\n/, '$1String?\n');
    expect(schema).not.toBe(readFileSync(SCHEMA_PATH, 'utf8'));
    const changed = path.join(dir, 'schema.prisma');
    writeFileSync(changed, schema);
    const sql = await pendingMigrationSql({ schemaPath: changed });
    expect(sql).toContain('DROP TABLE "Deal";');
    for (const table of DEAL_SEARCH_TABLES) expect(sql).not.toContain(`DROP TABLE "${table}"`);
    const target = databaseTarget({ DATABASE_URL: `file:${path.join(dir, 'rebuilt.db')}` });
    await migrate(target);
    const rebuilt = new Database(target.file);
    try {
      rebuilt.exec(`INSERT INTO Country (code, name, eu, nato, ip4) VALUES ('PL', 'Poland', 1, 1, 0)`);
      rebuilt.exec(`INSERT INTO Deal (slug, title, system, summary, domain, cooperationType, stage, partnerCountryCode, searchText, createdAt, updatedAt)
        VALUES ('before', 'Before', 'K9', 's', 'land', 'export', 'contract', 'PL', ' kestrelmoth ', '2026-01-01', '2026-01-01')`);
      rebuilt.exec(sql ?? '');
      expect(triggers(rebuilt)).toEqual(ALL_TRIGGERS);
      expect(hits(rebuilt, 'kestrelmoth')).toHaveLength(1);
      rebuilt.prepare(`UPDATE Deal SET searchText = ' lynxheron ' WHERE slug = 'before'`).run();
      expect(hits(rebuilt, 'kestrelmoth')).toEqual([]);
      expect(hits(rebuilt, 'lynxheron')).toHaveLength(1);
      expect(() => indexMatches(rebuilt)).not.toThrow();
      // The counts were filled again from the rebuilt table, and follow it.
      const live = () => rebuilt.prepare(`SELECT "count" FROM "DealFacetCount" WHERE "column" = 'all'`).pluck().get();
      expect(live()).toBe(1);
      rebuilt.prepare(`UPDATE Deal SET retiredAt = '2026-02-01' WHERE slug = 'before'`).run();
      expect(live()).toBe(0);
    } finally {
      rebuilt.close();
    }
  }, 60_000);
});

const view = (f: Partial<DealFilters>): DealFilters => ({ ...emptyDealFilters, ...f });

// Each facet counted by its column, as a GROUP BY of its own over the view without its own filter.
const columns = { country: 'partnerCountryCode', system: 'system', domain: 'domain', type: 'cooperationType', stage: 'stage', years: 'year', localisation: 'localisation', transfer: 'technologyTransfer' } as const;
const asValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/** The view as the plain scan of searchText gives it, a statement per facet: the reference the index and the rollup must not change. */
async function scanned(f: DealFilters) {
  const where = dealWhere(f);
  const ids = (await client.deal.findMany({ where, orderBy: dealOrderBy(f.sort, providerOf(client)), select: { id: true } })).map((d) => d.id);
  const facets: Record<string, Record<string, number>> = {};
  for (const [key, by] of Object.entries(columns)) {
    const groups = await client.deal.groupBy({ by: [by], where: dealWhere(f, key as keyof typeof columns), _count: { _all: true } });
    facets[key] = Object.fromEntries(groups.filter((g) => g[by] !== null).map((g) => [asValue(g[by]), g._count._all]));
  }
  const values = await client.deal.groupBy({ by: ['valueCurrency'], where, _sum: { valueAmount: true }, _count: { _all: true } });
  return { ids, facets, deals: values.reduce((n, g) => n + g._count._all, 0) };
}

describe('a search narrowed by the index, and counted in one pass', () => {
  const queries = ['kf21', 'KF-21', 'Boramae', '폴란드', '천궁', 'hanbit marine', 'Türkiye', 'turkiye', 'submarnie', 'k9', 'poland', 'no such thing'];

  it.each(queries)('finds exactly what the scan finds: %s', async (q) => {
    const views = [view({ q }), view({ q, country: ['PL'], sort: 'title' }), view({ q, type: ['export'], from: 2020, localisation: 'yes', sort: '-value' }), view({ q, organisation: ['hanbit-aerospace'] })];
    for (const f of views) {
      const reference = await scanned(f);
      const rows = await listAllDeals(f, client);
      expect(rows.map((r) => r.id)).toEqual(reference.ids);
      expect(await countDeals(f, client)).toBe(reference.ids.length);
      const facets = await dealFacets(f, client);
      for (const key of Object.keys(columns) as Array<keyof typeof columns>) {
        expect(Object.fromEntries(facets[key].map((c) => [c.value, c.count])), `${key} of ${JSON.stringify(f)}`).toEqual(reference.facets[key]);
      }
      const totals = await dealTotals(f, client);
      expect(totals.withoutValue + totals.perCurrency.reduce((n, c) => n + c.deals, 0)).toBe(reference.deals);
    }
  });

  it('is used for rare words and typos, and left out where it cannot help', async () => {
    expect(await dealSearchNarrowing('boramae', client)).toEqual({ id: { in: expect.any(Array) } });
    expect(await dealSearchNarrowing('submarnie', client)).toEqual({ id: { in: [] } });
    // Too short for a trigram, and more deals than are worth naming one by one:
    expect(await dealSearchNarrowing('k9', client)).toBeUndefined();
    expect(raw.prepare(`SELECT count(*) FROM Deal WHERE searchText LIKE '%poland%'`).pluck().get()).toBeGreaterThan(SEARCH_IDS_MAX);
    expect(await dealSearchNarrowing('poland', client)).toBeUndefined();
    expect(await dealSearchNarrowing(undefined, client)).toBeUndefined();
  });

  it('counts an organisation\'s view in one pass like the scan, facet by facet', async () => {
    const f = view({ organisation: ['hanbit-aerospace'], sort: 'partner' });
    const reference = await scanned(f);
    expect(reference.ids.length).toBeGreaterThan(0);
    expect((await listAllDeals(f, client)).map((r) => r.id)).toEqual(reference.ids);
    expect(await countDeals(f, client)).toBe(reference.ids.length);
    const facets = await dealFacets(f, client);
    for (const key of Object.keys(columns) as Array<keyof typeof columns>) expect(Object.fromEntries(facets[key].map((c) => [c.value, c.count])), key).toEqual(reference.facets[key]);
    expect(facets.country.every((c) => c.label && c.label !== c.value)).toBe(true);
  });

  it('counts the organisation facet within the search like the scan', async () => {
    const f = view({ q: 'boramae' });
    const organisation = dealFacetList.find((facet) => facet.key === 'organisation')!;
    const counted = await organisation.count(f, client);
    const links = await client.dealOrganisation.groupBy({ by: ['organisationId'], where: { deal: dealWhere(f, 'organisation') }, _count: { _all: true } });
    expect(counted.reduce((n, c) => n + c.count, 0)).toBe(links.reduce((n, g) => n + g._count._all, 0));
    expect(counted.length).toBeGreaterThan(0);
  });
});
