// The kept counts of prisma/scripts/deal-counts.ts on PostgreSQL (issue 18): the live deals counted
// per facet value and pair of values ("DealFacetCount"), and their links per organisation
// ("DealLinkCount"), kept exact by triggers on "Deal" and "DealOrganisation", in the same rows as on
// SQLite (every value as text, a flag as '1' or '0'), so that lib/queries/deals-sql.ts reads them alike.
// The common search words' tables are SQLite's alone: PostgreSQL's trigram index serves a search.
// Migration 20261206100000_deal_counts holds this SQL as written by `tsx prisma/scripts/deal-counts-postgres.ts`.
import { writeFileSync } from 'node:fs';
import { DEAL_COUNT_COLUMNS, DEAL_COUNT_TABLE_SQL, DEAL_LINK_COUNT_TABLE_SQL } from './deal-counts';
import { runIfMain } from './cli';

const flags = new Set<string>(['localisation', 'technologyTransfer']);
/** A column of a deal row as the counts keep it. */
const text = (row: string, c: string) => (flags.has(c) ? `CASE WHEN ${row}."${c}" THEN '1' WHEN NOT ${row}."${c}" THEN '0' END` : `CAST(${row}."${c}" AS TEXT)`);
/** A deal's (column, value) rows: each counted column, and ('all', '') when `all`. */
const values = (row: string, all: boolean) => `(VALUES ${[...(all ? [`('all', '')`] : [`('', '')`]), ...DEAL_COUNT_COLUMNS.map((c) => `('${c}', ${text(row, c)})`)].join(', ')})`;

/** A deal (`row`) counted once in all, under each value, and under each pair of values both ways, `delta` times. */
const facetDelta = (row: string, delta: string) => `INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT 'all', '', '', '', ${delta}
    UNION ALL SELECT "a"."c", "a"."v", "b"."c", "b"."v", ${delta} FROM ${values(row, false).replace(`('', ''), `, '')} AS "a" ("c", "v")
      JOIN ${values(row, false)} AS "b" ("c", "v") ON "b"."c" <> "a"."c" WHERE "a"."v" IS NOT NULL AND "b"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "DealFacetCount"."count" + excluded."count";`;

/** Every link of a deal (`row`) counted in all and under each of the deal's values, `delta` times. */
const dealLinksDelta = (row: string, delta: string) => `INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."c", "v"."v", "l"."organisationId", ${delta} FROM "DealOrganisation" AS "l" CROSS JOIN ${values(row, true)} AS "v" ("c", "v")
    WHERE "l"."dealId" = ${row}."id" AND "v"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "DealLinkCount"."count" + excluded."count";`;

/** A deal (`row`) with all its links, counted `delta` times. */
const dealDelta = (row: string, delta: string) => `${facetDelta(row, delta)}
    ${dealLinksDelta(row, delta)}`;

/** One link (`row` of DealOrganisation) counted under its deal's values, `delta` times, if the deal is live. */
const linkDelta = (row: string, delta: string) => `INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."c", "v"."v", ${row}."organisationId", ${delta} FROM "Deal" AS "d" CROSS JOIN LATERAL ${values('"d"', true)} AS "v" ("c", "v")
    WHERE "d"."id" = ${row}."dealId" AND "d"."retiredAt" IS NULL AND "v"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "DealLinkCount"."count" + excluded."count";`;

// The migration runner splits a script at every semicolon (see migration 20261206070047_releases): a
// function's body is an E'' string with its semicolons written \073 and its quotes doubled.
const body = (statements: string) => `E'${statements.replaceAll("'", "''").replaceAll(';', '\\073')}'`;
const fn = (name: string, statements: string) => `CREATE OR REPLACE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS ${body(statements)};`;

const countedColumns = DEAL_COUNT_COLUMNS.map((c) => `"${c}"`).join(', ');

/**
 * The triggers. A deal's delete is counted before it happens (BEFORE DELETE, while its links are
 * there): the cascade then deletes its links, whose own trigger finds no deal and counts nothing.
 */
export const DEAL_COUNTS_POSTGRES_TRIGGERS_SQL = [
  fn(
    'deal_counts_write',
    `BEGIN
  IF TG_OP = 'UPDATE' AND OLD."retiredAt" IS NULL THEN
    ${dealDelta('OLD', '-1')}
  END IF;
  IF NEW."retiredAt" IS NULL THEN
    ${dealDelta('NEW', '1')}
  END IF;
  RETURN NULL;
END;`,
  ),
  fn(
    'deal_counts_delete',
    `BEGIN
  IF OLD."retiredAt" IS NULL THEN
    ${dealDelta('OLD', '-1')}
  END IF;
  RETURN OLD;
END;`,
  ),
  fn(
    'deal_link_counts_write',
    `BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    ${linkDelta('OLD', '-1')}
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    ${linkDelta('NEW', '1')}
  END IF;
  RETURN NULL;
END;`,
  ),
  `CREATE TRIGGER "Deal_counts_insert" AFTER INSERT ON "Deal" FOR EACH ROW EXECUTE FUNCTION "deal_counts_write"();`,
  `CREATE TRIGGER "Deal_counts_update" AFTER UPDATE OF "retiredAt", ${countedColumns} ON "Deal" FOR EACH ROW EXECUTE FUNCTION "deal_counts_write"();`,
  `CREATE TRIGGER "Deal_counts_delete" BEFORE DELETE ON "Deal" FOR EACH ROW EXECUTE FUNCTION "deal_counts_delete"();`,
  `CREATE TRIGGER "DealOrganisation_counts" AFTER INSERT OR DELETE OR UPDATE OF "dealId", "organisationId" ON "DealOrganisation" FOR EACH ROW EXECUTE FUNCTION "deal_link_counts_write"();`,
].join('\n');

/** The counts of the deals and links as they are (after a copy made with the triggers off). */
export const DEAL_COUNTS_POSTGRES_FILL_SQL = `DELETE FROM "DealFacetCount";
INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
  SELECT 'all', '', '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL
  UNION ALL SELECT "a"."c", "a"."v", "b"."c", "b"."v", COUNT(*) FROM "Deal" AS "d"
    CROSS JOIN LATERAL ${values('"d"', false).replace(`('', ''), `, '')} AS "a" ("c", "v")
    CROSS JOIN LATERAL ${values('"d"', false)} AS "b" ("c", "v")
    WHERE "d"."retiredAt" IS NULL AND "b"."c" <> "a"."c" AND "a"."v" IS NOT NULL AND "b"."v" IS NOT NULL GROUP BY 1, 2, 3, 4;
DELETE FROM "DealLinkCount";
INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
  SELECT "v"."c", "v"."v", "l"."organisationId", COUNT(*) FROM "DealOrganisation" AS "l" JOIN "Deal" AS "d" ON "d"."id" = "l"."dealId"
    CROSS JOIN LATERAL ${values('"d"', true)} AS "v" ("c", "v")
    WHERE "d"."retiredAt" IS NULL AND "v"."v" IS NOT NULL GROUP BY 1, 2, 3;`;

/** SQLite's tables (prisma/scripts/deal-counts.ts), less its WITHOUT ROWID. */
export const DEAL_COUNTS_POSTGRES_TABLES_SQL = [DEAL_COUNT_TABLE_SQL, DEAL_LINK_COUNT_TABLE_SQL].map((sql) => sql.replace(' WITHOUT ROWID', '').trimEnd()).join('\n');

/** The partial indexes of the list's orders (migration 20261206100100_deal_order_indexes), which the schema cannot describe. */
export const DEAL_ORDER_POSTGRES_INDEXES = ['date_asc', 'date_desc', 'stage_asc', 'stage_desc', 'system_asc', 'system_desc', 'title_asc', 'title_desc', 'type_asc', 'type_desc', 'value_asc', 'value_desc'].map((o) => `Deal_live_${o}_idx`);

/** The tables the triggers keep, unknown to the schema: not copied from another database, counted again from its rows. */
export const DEAL_COUNTS_POSTGRES_TABLES = ['DealFacetCount', 'DealLinkCount'];

runIfMain(import.meta.url, async () => {
  const file = 'prisma/migrations-postgres/20261206100000_deal_counts/migration.sql';
  writeFileSync(
    file,
    `-- The live deals counted per facet value and pair of values, and their links per organisation, kept
-- exact by triggers, as on SQLite (issue 18, written by prisma/scripts/deal-counts-postgres.ts).
${DEAL_COUNTS_POSTGRES_TABLES_SQL}
${DEAL_COUNTS_POSTGRES_TRIGGERS_SQL}
${DEAL_COUNTS_POSTGRES_FILL_SQL}
`,
  );
  console.log(`Wrote ${file}`);
});
