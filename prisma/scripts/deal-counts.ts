// The live deals counted per facet value on SQLite (migration deal_view_indexes, issue 18): a table
// that triggers on "Deal" keep exact as every deal is written, so the facets of the unfiltered list
// (and of each facet's own filter) are read from a few rows instead of 100,000 index entries each.
// Like the full-text index, Prisma's schema cannot describe it: schema diffs leave it alone, and a
// migration that rebuilds "Deal" gets the triggers back and the counts filled again.

/** The columns counted, as lib/queries/deals-sql.ts names them; each value is kept as text. */
export const DEAL_COUNT_COLUMNS = ['partnerCountryCode', 'system', 'domain', 'cooperationType', 'stage', 'year', 'localisation', 'technologyTransfer'] as const;

export const DEAL_COUNT_TABLES = ['DealFacetCount'];

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

/** A generated SQLite migration, with the counts' triggers re-created and the counts refilled when it rebuilds "Deal". */
export function keepDealCounts(sql: string): string {
  if (!/DROP TABLE "Deal";/.test(sql)) return sql;
  return `${sql.trimEnd()}\n\n-- The live deals counted per facet value (see prisma/scripts/deal-counts.ts): the rebuilt table lost its triggers.\n${DEAL_COUNT_TRIGGERS_SQL}\n${DEAL_COUNT_FILL_SQL}`;
}
