// The deals' full-text index on SQLite (migration 20261204190000_deal_search): an FTS5 table that
// Prisma's schema cannot describe, so the migration tooling must be told about it. Its tables are
// left out of schema diffs (else every new migration would drop them), and a migration that rebuilds
// "Deal" (SQLite's way of changing a column drops the old table, and its triggers with it) gets the
// triggers back and the index rebuilt.

/** The FTS5 table, the shadow tables SQLite keeps for it, and its vocabulary (migration 20261206034324_deal_view_indexes). */
export const DEAL_SEARCH_TABLES = ['DealSearch', 'DealSearch_config', 'DealSearch_data', 'DealSearch_docsize', 'DealSearch_idx', 'DealSearchVocab'];

/** On PostgreSQL, the index of the same migration: pg_trgm's GIN, which the shared schema cannot describe either. */
export const DEAL_SEARCH_POSTGRES_INDEXES = ['Deal_searchText_trgm_idx'];

/** The triggers that keep the index in step with Deal, as the migration creates them. */
export const DEAL_SEARCH_TRIGGERS_SQL = `CREATE TRIGGER "Deal_search_insert" AFTER INSERT ON "Deal" BEGIN
  INSERT INTO "DealSearch"(rowid, "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "Deal_search_delete" AFTER DELETE ON "Deal" BEGIN
  INSERT INTO "DealSearch"("DealSearch", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
END;

CREATE TRIGGER "Deal_search_update" AFTER UPDATE OF "id", "searchText" ON "Deal" BEGIN
  INSERT INTO "DealSearch"("DealSearch", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
  INSERT INTO "DealSearch"(rowid, "searchText") VALUES (new."id", new."searchText");
END;
`;

/**
 * A generated SQLite migration, with the search index's triggers re-created (and the index rebuilt
 * from the new table) when it drops and rebuilds "Deal"; otherwise as it is.
 */
export function keepDealSearch(sql: string): string {
  if (!/DROP TABLE "Deal";/.test(sql)) return sql;
  return `${sql.trimEnd()}\n\n-- The full-text index of deals (see prisma/scripts/deal-search.ts): the rebuilt table lost its triggers.\n${DEAL_SEARCH_TRIGGERS_SQL}\nINSERT INTO "DealSearch"("DealSearch") VALUES ('rebuild');\n`;
}
