// The live deals counted per facet value on SQLite (migration deal_view_indexes, issue 18): a table
// that triggers on "Deal" keep exact as every deal is written, so the facets of the unfiltered list
// (and of each facet's own filter) are read from a few rows instead of 100,000 index entries each.
// Like the full-text index, Prisma's schema cannot describe it: schema diffs leave it alone, and a
// migration that rebuilds "Deal" gets the triggers back and the counts filled again.

/** The columns counted, as lib/queries/deals-sql.ts names them; each value is kept as text. */
export const DEAL_COUNT_COLUMNS = ['partnerCountryCode', 'system', 'domain', 'cooperationType', 'stage', 'year', 'localisation', 'technologyTransfer'] as const;

export const DEAL_COUNT_TABLES = ['DealFacetCount', 'DealLinkCount'];

// A deal counts once under ('all', ''), once under each (column, value) it has (a NULL value is not
// counted), and once under each pair of its values in two columns, both ways round: the facets of a
// view filtered by one facet are then the pairs that start with its chosen values.
const valuesOf = (row: 'new' | 'old') => DEAL_COUNT_COLUMNS.map((c) => `('${c}', CAST(${row}."${c}" AS TEXT))`).join(', ');
const add = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT 'all', '', '', '', ${delta} WHERE ${row}."retiredAt" IS NULL
    UNION ALL SELECT "a"."column1", "a"."column2", "b"."column1", "b"."column2", ${delta}
    FROM (VALUES ${valuesOf(row)}) AS "a" JOIN (VALUES ('', ''), ${valuesOf(row)}) AS "b" ON "b"."column1" <> "a"."column1"
    WHERE ${row}."retiredAt" IS NULL AND "a"."column2" IS NOT NULL AND "b"."column2" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "count" + excluded."count";`;

export const DEAL_COUNT_TABLE_SQL = `CREATE TABLE "DealFacetCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "column2" TEXT NOT NULL,
  "value2" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "column2", "value2")
) WITHOUT ROWID;
`;

/** The triggers that keep the counts in step with Deal: a retired deal counts nowhere. */
export const DEAL_COUNT_TRIGGERS_SQL = `CREATE TRIGGER "Deal_counts_insert" AFTER INSERT ON "Deal" BEGIN
${add('new', 1)}
END;

CREATE TRIGGER "Deal_counts_delete" AFTER DELETE ON "Deal" BEGIN
${add('old', -1)}
END;

CREATE TRIGGER "Deal_counts_update" AFTER UPDATE OF "retiredAt", ${DEAL_COUNT_COLUMNS.map((c) => `"${c}"`).join(', ')} ON "Deal" BEGIN
${add('old', -1)}
${add('new', 1)}
END;
`;

const live = (c: string) => `"retiredAt" IS NULL AND "${c}" IS NOT NULL`;

/** The counts of the deals as they are (after creating the table, or rebuilding "Deal"). */
export const DEAL_COUNT_FILL_SQL = `DELETE FROM "DealFacetCount";
INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
  SELECT 'all', '', '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL
${DEAL_COUNT_COLUMNS.map((c) => `  UNION ALL SELECT '${c}', CAST("${c}" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE ${live(c)} GROUP BY "${c}"`).join('\n')}
${DEAL_COUNT_COLUMNS.flatMap((c) =>
  DEAL_COUNT_COLUMNS.filter((d) => d !== c).map(
    (d) => `  UNION ALL SELECT '${c}', CAST("${c}" AS TEXT), '${d}', CAST("${d}" AS TEXT), COUNT(*) FROM "Deal" WHERE ${live(c)} AND "${d}" IS NOT NULL GROUP BY "${c}", "${d}"`,
  ),
).join('\n')};
`;

// The links of the live deals counted per organisation, in all ('all', '') and per facet value
// (column, value): the organisation facet of every live deal, or of a view filtered by one facet,
// is then a few rows instead of a probe of the links per deal of the view (country=PL: 31 ms). A
// link counts while its deal is live; a deal's values and its retirement move all its links.

/** A deal's ('all', '') and each (column, value) of it, as rows of "column" and "value" (NULL when the deal has none). */
const dealValueRows = (deal: string) =>
  `SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' ${DEAL_COUNT_COLUMNS.map((c) => `WHEN '${c}' THEN CAST(${deal}."${c}" AS TEXT)`).join(' ')} END AS "value"`;
const columnNames = `(VALUES ('all'), ${DEAL_COUNT_COLUMNS.map((c) => `('${c}')`).join(', ')}) AS "a"`;
const upsertLinks = `ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";`;

/** One link (`row` of DealOrganisation) added to or taken from the counts, if its deal is live. */
const linkDelta = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "column", "value", ${row}."organisationId", ${delta} FROM (${dealValueRows('"d"')} FROM "Deal" AS "d" JOIN ${columnNames}
      WHERE "d"."id" = ${row}."dealId" AND "d"."retiredAt" IS NULL) WHERE "value" IS NOT NULL
    ${upsertLinks}`;

/** Every link of a deal (`row` of Deal) added to or taken from the counts, if the deal is live. */
const dealLinksDelta = (row: 'new' | 'old', delta: 1 | -1) => `  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."column", "v"."value", "l"."organisationId", ${delta} FROM "DealOrganisation" AS "l"
    JOIN (${dealValueRows(row)} FROM ${columnNames}) AS "v" ON "v"."value" IS NOT NULL
    WHERE "l"."dealId" = ${row}."id" AND ${row}."retiredAt" IS NULL
    ${upsertLinks}`;

export const DEAL_LINK_COUNT_TABLE_SQL = `CREATE TABLE "DealLinkCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "organisationId" INTEGER NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "organisationId")
) WITHOUT ROWID;
`;

// The triggers on each table name the other, and SQLite refuses to rename a rebuilt table while a
// trigger names a table that is missing: a migration that rebuilds either drops them first.
const DEAL_LINK_TRIGGERS = ['DealOrganisation_counts_insert', 'DealOrganisation_counts_delete', 'DealOrganisation_counts_update', 'Deal_links_delete', 'Deal_links_update'];

/**
 * The triggers that keep the link counts in step. A deal's delete is counted before it happens
 * (BEFORE DELETE, while its links are still there): SQLite deletes the deal's row, then its links
 * (ON DELETE CASCADE), whose own trigger then finds no deal and counts nothing.
 */
export const DEAL_LINK_TRIGGERS_SQL = `CREATE TRIGGER "DealOrganisation_counts_insert" AFTER INSERT ON "DealOrganisation" BEGIN
${linkDelta('new', 1)}
END;

CREATE TRIGGER "DealOrganisation_counts_delete" AFTER DELETE ON "DealOrganisation" BEGIN
${linkDelta('old', -1)}
END;

CREATE TRIGGER "DealOrganisation_counts_update" AFTER UPDATE OF "dealId", "organisationId" ON "DealOrganisation" BEGIN
${linkDelta('old', -1)}
${linkDelta('new', 1)}
END;

CREATE TRIGGER "Deal_links_delete" BEFORE DELETE ON "Deal" BEGIN
${dealLinksDelta('old', -1)}
END;

CREATE TRIGGER "Deal_links_update" AFTER UPDATE OF "retiredAt", ${DEAL_COUNT_COLUMNS.map((c) => `"${c}"`).join(', ')} ON "Deal" BEGIN
${dealLinksDelta('old', -1)}
${dealLinksDelta('new', 1)}
END;
`;

/** The link counts of the links as they are. */
export const DEAL_LINK_FILL_SQL = `DELETE FROM "DealLinkCount";
INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
  SELECT "v"."column", "v"."value", "v"."organisationId", COUNT(*) FROM (${dealValueRows('"d"')}, "l"."organisationId" AS "organisationId"
    FROM "DealOrganisation" AS "l" JOIN "Deal" AS "d" ON "d"."id" = "l"."dealId" JOIN ${columnNames} WHERE "d"."retiredAt" IS NULL) AS "v"
  WHERE "v"."value" IS NOT NULL GROUP BY 1, 2, 3;
`;

export const DROP_DEAL_LINK_TRIGGERS_SQL = DEAL_LINK_TRIGGERS.map((t) => `DROP TRIGGER IF EXISTS "${t}";`).join('\n');

/**
 * A generated SQLite migration, with the counts' triggers re-created and the counts refilled when it
 * rebuilds "Deal" (both kinds of count) or "DealOrganisation" (the link counts).
 */
export function keepDealCounts(sql: string): string {
  const deal = /DROP TABLE "Deal";/.test(sql);
  if (!deal && !/DROP TABLE "DealOrganisation";/.test(sql)) return sql;
  const links = `-- The links of live deals counted per organisation (see prisma/scripts/deal-counts.ts): triggers back, counts refilled.\n${DEAL_LINK_TRIGGERS_SQL}\n${DEAL_LINK_FILL_SQL}`;
  const counts = deal ? `-- The live deals counted per facet value (see prisma/scripts/deal-counts.ts): the rebuilt table lost its triggers.\n${DEAL_COUNT_TRIGGERS_SQL}\n${DEAL_COUNT_FILL_SQL}\n` : '';
  return `-- The link counts' triggers name both tables: dropped while a table is rebuilt.\n${DROP_DEAL_LINK_TRIGGERS_SQL}\n\n${sql.trimEnd()}\n\n${counts}${links}`;
}
