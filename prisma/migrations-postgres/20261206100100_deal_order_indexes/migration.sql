-- The live deals in each order of the list (lib/queries/deals.ts dealOrderBy), as PostgreSQL reads
-- them (issue 18): partial indexes on "retiredAt" IS NULL, so that the order's columns come first and
-- a page is read walking the index, not sorting every live deal (page 1 in the default order 50 ms,
-- page 2,000 by title 89 ms, both sorting 100,000 deals). A btree index with "retiredAt" first could
-- not serve these orders: PostgreSQL does not treat IS NULL as an equality that fixes the first
-- column, and its DESC puts NULLs first, where the list puts undated deals last. One index per
-- direction, as each order ends in "title" and "id" ascending. The partner's order sorts by the
-- country's name, in another table: not served here. Prisma's schema cannot describe a partial
-- index, so these live only in this migration.
CREATE INDEX "Deal_live_date_desc_idx" ON "Deal"("date" DESC NULLS LAST, "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_date_asc_idx" ON "Deal"("date" ASC NULLS LAST, "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_title_asc_idx" ON "Deal"("title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_title_desc_idx" ON "Deal"("title" DESC, "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_system_asc_idx" ON "Deal"("system", "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_system_desc_idx" ON "Deal"("system" DESC, "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_type_asc_idx" ON "Deal"("cooperationType", "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_type_desc_idx" ON "Deal"("cooperationType" DESC, "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_stage_asc_idx" ON "Deal"("stage" ASC NULLS LAST, "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_stage_desc_idx" ON "Deal"("stage" DESC NULLS LAST, "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_value_asc_idx" ON "Deal"("valueCurrency" ASC NULLS LAST, "valueAmount" ASC NULLS LAST, "title", "id") WHERE "retiredAt" IS NULL;
CREATE INDEX "Deal_live_value_desc_idx" ON "Deal"("valueCurrency" ASC NULLS LAST, "valueAmount" DESC NULLS LAST, "title", "id") WHERE "retiredAt" IS NULL;
