-- Full-text search of deals (issue 18): an FTS5 index over Deal.searchText with the trigram
-- tokenizer, so any run of three or more characters (Latin or Korean) is found by index instead of
-- a scan of every deal. The index holds no copy of the text (content='Deal'); the triggers below keep
-- it in step with every insert, change and delete. Not part of schema.prisma (Prisma cannot describe
-- a virtual table): prisma/scripts/deal-search.ts names these objects for the migration tooling
-- (and repeats the triggers for a later migration that rebuilds "Deal").
CREATE VIRTUAL TABLE "DealSearch" USING fts5("searchText", content='Deal', content_rowid='id', tokenize='trigram');
INSERT INTO "DealSearch"("DealSearch") VALUES ('rebuild');

CREATE TRIGGER "Deal_search_insert" AFTER INSERT ON "Deal" BEGIN
  INSERT INTO "DealSearch"(rowid, "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "Deal_search_delete" AFTER DELETE ON "Deal" BEGIN
  INSERT INTO "DealSearch"("DealSearch", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
END;

CREATE TRIGGER "Deal_search_update" AFTER UPDATE OF "id", "searchText" ON "Deal" BEGIN
  INSERT INTO "DealSearch"("DealSearch", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
  INSERT INTO "DealSearch"(rowid, "searchText") VALUES (new."id", new."searchText");
END;
