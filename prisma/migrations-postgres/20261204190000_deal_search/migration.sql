-- Full-text search of deals (issue 18): a trigram index (pg_trgm, GIN) on Deal.searchText, which
-- serves the search's `LIKE '%token%'` for any token of three or more characters instead of a scan
-- of every deal. PostgreSQL keeps the index in step with the table itself. Not part of
-- schema.prisma, which SQLite shares (Prisma cannot describe an operator class there).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Deal_searchText_trgm_idx" ON "Deal" USING GIN ("searchText" gin_trgm_ops);
