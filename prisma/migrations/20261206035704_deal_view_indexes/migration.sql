-- CreateIndex
CREATE INDEX "Country_name_code_idx" ON "Country"("name", "code");

-- CreateIndex
CREATE INDEX "Deal_system_facet_idx" ON "Deal"("retiredAt", "system", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_type_facet_idx" ON "Deal"("retiredAt", "cooperationType", "partnerCountryCode", "year", "stage", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_year_facet_idx" ON "Deal"("retiredAt", "year", "partnerCountryCode", "cooperationType", "stage", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_stage_facet_idx" ON "Deal"("retiredAt", "stage", "partnerCountryCode", "cooperationType", "year", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_domain_facet_idx" ON "Deal"("retiredAt", "domain", "partnerCountryCode", "cooperationType", "year", "stage", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_localisation_facet_idx" ON "Deal"("retiredAt", "localisation", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "system", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_transfer_facet_idx" ON "Deal"("retiredAt", "technologyTransfer", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "system", "localisation", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_list_system_idx" ON "Deal"("retiredAt", "system", "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_stage_idx" ON "Deal"("retiredAt", "stage", "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_type_idx" ON "Deal"("retiredAt", "cooperationType", "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_value_idx" ON "Deal"("retiredAt", "valueCurrency", "valueAmount" DESC, "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_partner_idx" ON "Deal"("retiredAt", "partnerCountryCode", "title", "id");

-- The vocabulary of the deals' full-text index (see prisma/scripts/deal-search.ts): a search token of
-- one or two characters ("k9") is looked up as the trigrams that start with it (lib/queries/deals-search.ts).
CREATE VIRTUAL TABLE "DealSearchVocab" USING fts5vocab('DealSearch', 'row');

-- The live deals counted per facet value and per pair of values, kept exact by triggers
-- (prisma/scripts/deal-counts.ts): the facets of the unfiltered list, and of a list filtered by one
-- facet, read these rows instead of 100,000 index entries per facet.
CREATE TABLE "DealFacetCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "column2" TEXT NOT NULL,
  "value2" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "column2", "value2")
) WITHOUT ROWID;

CREATE TRIGGER "Deal_counts_insert" AFTER INSERT ON "Deal" BEGIN
  INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT 'all', '', '', '', 1 WHERE new."retiredAt" IS NULL
    UNION ALL SELECT "a"."column1", "a"."column2", "b"."column1", "b"."column2", 1
    FROM (VALUES ('partnerCountryCode', CAST(new."partnerCountryCode" AS TEXT)), ('system', CAST(new."system" AS TEXT)), ('domain', CAST(new."domain" AS TEXT)), ('cooperationType', CAST(new."cooperationType" AS TEXT)), ('stage', CAST(new."stage" AS TEXT)), ('year', CAST(new."year" AS TEXT)), ('localisation', CAST(new."localisation" AS TEXT)), ('technologyTransfer', CAST(new."technologyTransfer" AS TEXT))) AS "a" JOIN (VALUES ('', ''), ('partnerCountryCode', CAST(new."partnerCountryCode" AS TEXT)), ('system', CAST(new."system" AS TEXT)), ('domain', CAST(new."domain" AS TEXT)), ('cooperationType', CAST(new."cooperationType" AS TEXT)), ('stage', CAST(new."stage" AS TEXT)), ('year', CAST(new."year" AS TEXT)), ('localisation', CAST(new."localisation" AS TEXT)), ('technologyTransfer', CAST(new."technologyTransfer" AS TEXT))) AS "b" ON "b"."column1" <> "a"."column1"
    WHERE new."retiredAt" IS NULL AND "a"."column2" IS NOT NULL AND "b"."column2" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "Deal_counts_delete" AFTER DELETE ON "Deal" BEGIN
  INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT 'all', '', '', '', -1 WHERE old."retiredAt" IS NULL
    UNION ALL SELECT "a"."column1", "a"."column2", "b"."column1", "b"."column2", -1
    FROM (VALUES ('partnerCountryCode', CAST(old."partnerCountryCode" AS TEXT)), ('system', CAST(old."system" AS TEXT)), ('domain', CAST(old."domain" AS TEXT)), ('cooperationType', CAST(old."cooperationType" AS TEXT)), ('stage', CAST(old."stage" AS TEXT)), ('year', CAST(old."year" AS TEXT)), ('localisation', CAST(old."localisation" AS TEXT)), ('technologyTransfer', CAST(old."technologyTransfer" AS TEXT))) AS "a" JOIN (VALUES ('', ''), ('partnerCountryCode', CAST(old."partnerCountryCode" AS TEXT)), ('system', CAST(old."system" AS TEXT)), ('domain', CAST(old."domain" AS TEXT)), ('cooperationType', CAST(old."cooperationType" AS TEXT)), ('stage', CAST(old."stage" AS TEXT)), ('year', CAST(old."year" AS TEXT)), ('localisation', CAST(old."localisation" AS TEXT)), ('technologyTransfer', CAST(old."technologyTransfer" AS TEXT))) AS "b" ON "b"."column1" <> "a"."column1"
    WHERE old."retiredAt" IS NULL AND "a"."column2" IS NOT NULL AND "b"."column2" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "Deal_counts_update" AFTER UPDATE OF "retiredAt", "partnerCountryCode", "system", "domain", "cooperationType", "stage", "year", "localisation", "technologyTransfer" ON "Deal" BEGIN
  INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT 'all', '', '', '', -1 WHERE old."retiredAt" IS NULL
    UNION ALL SELECT "a"."column1", "a"."column2", "b"."column1", "b"."column2", -1
    FROM (VALUES ('partnerCountryCode', CAST(old."partnerCountryCode" AS TEXT)), ('system', CAST(old."system" AS TEXT)), ('domain', CAST(old."domain" AS TEXT)), ('cooperationType', CAST(old."cooperationType" AS TEXT)), ('stage', CAST(old."stage" AS TEXT)), ('year', CAST(old."year" AS TEXT)), ('localisation', CAST(old."localisation" AS TEXT)), ('technologyTransfer', CAST(old."technologyTransfer" AS TEXT))) AS "a" JOIN (VALUES ('', ''), ('partnerCountryCode', CAST(old."partnerCountryCode" AS TEXT)), ('system', CAST(old."system" AS TEXT)), ('domain', CAST(old."domain" AS TEXT)), ('cooperationType', CAST(old."cooperationType" AS TEXT)), ('stage', CAST(old."stage" AS TEXT)), ('year', CAST(old."year" AS TEXT)), ('localisation', CAST(old."localisation" AS TEXT)), ('technologyTransfer', CAST(old."technologyTransfer" AS TEXT))) AS "b" ON "b"."column1" <> "a"."column1"
    WHERE old."retiredAt" IS NULL AND "a"."column2" IS NOT NULL AND "b"."column2" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "count" + excluded."count";
  INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT 'all', '', '', '', 1 WHERE new."retiredAt" IS NULL
    UNION ALL SELECT "a"."column1", "a"."column2", "b"."column1", "b"."column2", 1
    FROM (VALUES ('partnerCountryCode', CAST(new."partnerCountryCode" AS TEXT)), ('system', CAST(new."system" AS TEXT)), ('domain', CAST(new."domain" AS TEXT)), ('cooperationType', CAST(new."cooperationType" AS TEXT)), ('stage', CAST(new."stage" AS TEXT)), ('year', CAST(new."year" AS TEXT)), ('localisation', CAST(new."localisation" AS TEXT)), ('technologyTransfer', CAST(new."technologyTransfer" AS TEXT))) AS "a" JOIN (VALUES ('', ''), ('partnerCountryCode', CAST(new."partnerCountryCode" AS TEXT)), ('system', CAST(new."system" AS TEXT)), ('domain', CAST(new."domain" AS TEXT)), ('cooperationType', CAST(new."cooperationType" AS TEXT)), ('stage', CAST(new."stage" AS TEXT)), ('year', CAST(new."year" AS TEXT)), ('localisation', CAST(new."localisation" AS TEXT)), ('technologyTransfer', CAST(new."technologyTransfer" AS TEXT))) AS "b" ON "b"."column1" <> "a"."column1"
    WHERE new."retiredAt" IS NULL AND "a"."column2" IS NOT NULL AND "b"."column2" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "count" + excluded."count";
END;

DELETE FROM "DealFacetCount";
INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
  SELECT 'all', '', '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "partnerCountryCode"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL GROUP BY "system"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL GROUP BY "domain"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL GROUP BY "cooperationType"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL GROUP BY "stage"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL GROUP BY "year"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL GROUP BY "localisation"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL GROUP BY "technologyTransfer"
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), 'system', CAST("system" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL AND "system" IS NOT NULL GROUP BY "partnerCountryCode", "system"
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), 'domain', CAST("domain" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL AND "domain" IS NOT NULL GROUP BY "partnerCountryCode", "domain"
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), 'cooperationType', CAST("cooperationType" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL AND "cooperationType" IS NOT NULL GROUP BY "partnerCountryCode", "cooperationType"
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), 'stage', CAST("stage" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL AND "stage" IS NOT NULL GROUP BY "partnerCountryCode", "stage"
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), 'year', CAST("year" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL AND "year" IS NOT NULL GROUP BY "partnerCountryCode", "year"
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), 'localisation', CAST("localisation" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL AND "localisation" IS NOT NULL GROUP BY "partnerCountryCode", "localisation"
  UNION ALL SELECT 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), 'technologyTransfer', CAST("technologyTransfer" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "partnerCountryCode" IS NOT NULL AND "technologyTransfer" IS NOT NULL GROUP BY "partnerCountryCode", "technologyTransfer"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "system", "partnerCountryCode"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), 'domain', CAST("domain" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL AND "domain" IS NOT NULL GROUP BY "system", "domain"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), 'cooperationType', CAST("cooperationType" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL AND "cooperationType" IS NOT NULL GROUP BY "system", "cooperationType"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), 'stage', CAST("stage" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL AND "stage" IS NOT NULL GROUP BY "system", "stage"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), 'year', CAST("year" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL AND "year" IS NOT NULL GROUP BY "system", "year"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), 'localisation', CAST("localisation" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL AND "localisation" IS NOT NULL GROUP BY "system", "localisation"
  UNION ALL SELECT 'system', CAST("system" AS TEXT), 'technologyTransfer', CAST("technologyTransfer" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "system" IS NOT NULL AND "technologyTransfer" IS NOT NULL GROUP BY "system", "technologyTransfer"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "domain", "partnerCountryCode"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), 'system', CAST("system" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL AND "system" IS NOT NULL GROUP BY "domain", "system"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), 'cooperationType', CAST("cooperationType" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL AND "cooperationType" IS NOT NULL GROUP BY "domain", "cooperationType"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), 'stage', CAST("stage" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL AND "stage" IS NOT NULL GROUP BY "domain", "stage"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), 'year', CAST("year" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL AND "year" IS NOT NULL GROUP BY "domain", "year"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), 'localisation', CAST("localisation" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL AND "localisation" IS NOT NULL GROUP BY "domain", "localisation"
  UNION ALL SELECT 'domain', CAST("domain" AS TEXT), 'technologyTransfer', CAST("technologyTransfer" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "domain" IS NOT NULL AND "technologyTransfer" IS NOT NULL GROUP BY "domain", "technologyTransfer"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "cooperationType", "partnerCountryCode"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), 'system', CAST("system" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL AND "system" IS NOT NULL GROUP BY "cooperationType", "system"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), 'domain', CAST("domain" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL AND "domain" IS NOT NULL GROUP BY "cooperationType", "domain"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), 'stage', CAST("stage" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL AND "stage" IS NOT NULL GROUP BY "cooperationType", "stage"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), 'year', CAST("year" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL AND "year" IS NOT NULL GROUP BY "cooperationType", "year"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), 'localisation', CAST("localisation" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL AND "localisation" IS NOT NULL GROUP BY "cooperationType", "localisation"
  UNION ALL SELECT 'cooperationType', CAST("cooperationType" AS TEXT), 'technologyTransfer', CAST("technologyTransfer" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "cooperationType" IS NOT NULL AND "technologyTransfer" IS NOT NULL GROUP BY "cooperationType", "technologyTransfer"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "stage", "partnerCountryCode"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), 'system', CAST("system" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL AND "system" IS NOT NULL GROUP BY "stage", "system"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), 'domain', CAST("domain" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL AND "domain" IS NOT NULL GROUP BY "stage", "domain"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), 'cooperationType', CAST("cooperationType" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL AND "cooperationType" IS NOT NULL GROUP BY "stage", "cooperationType"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), 'year', CAST("year" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL AND "year" IS NOT NULL GROUP BY "stage", "year"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), 'localisation', CAST("localisation" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL AND "localisation" IS NOT NULL GROUP BY "stage", "localisation"
  UNION ALL SELECT 'stage', CAST("stage" AS TEXT), 'technologyTransfer', CAST("technologyTransfer" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "stage" IS NOT NULL AND "technologyTransfer" IS NOT NULL GROUP BY "stage", "technologyTransfer"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "year", "partnerCountryCode"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), 'system', CAST("system" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL AND "system" IS NOT NULL GROUP BY "year", "system"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), 'domain', CAST("domain" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL AND "domain" IS NOT NULL GROUP BY "year", "domain"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), 'cooperationType', CAST("cooperationType" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL AND "cooperationType" IS NOT NULL GROUP BY "year", "cooperationType"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), 'stage', CAST("stage" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL AND "stage" IS NOT NULL GROUP BY "year", "stage"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), 'localisation', CAST("localisation" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL AND "localisation" IS NOT NULL GROUP BY "year", "localisation"
  UNION ALL SELECT 'year', CAST("year" AS TEXT), 'technologyTransfer', CAST("technologyTransfer" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "year" IS NOT NULL AND "technologyTransfer" IS NOT NULL GROUP BY "year", "technologyTransfer"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "localisation", "partnerCountryCode"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), 'system', CAST("system" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL AND "system" IS NOT NULL GROUP BY "localisation", "system"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), 'domain', CAST("domain" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL AND "domain" IS NOT NULL GROUP BY "localisation", "domain"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), 'cooperationType', CAST("cooperationType" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL AND "cooperationType" IS NOT NULL GROUP BY "localisation", "cooperationType"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), 'stage', CAST("stage" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL AND "stage" IS NOT NULL GROUP BY "localisation", "stage"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), 'year', CAST("year" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL AND "year" IS NOT NULL GROUP BY "localisation", "year"
  UNION ALL SELECT 'localisation', CAST("localisation" AS TEXT), 'technologyTransfer', CAST("technologyTransfer" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "localisation" IS NOT NULL AND "technologyTransfer" IS NOT NULL GROUP BY "localisation", "technologyTransfer"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), 'partnerCountryCode', CAST("partnerCountryCode" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL AND "partnerCountryCode" IS NOT NULL GROUP BY "technologyTransfer", "partnerCountryCode"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), 'system', CAST("system" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL AND "system" IS NOT NULL GROUP BY "technologyTransfer", "system"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), 'domain', CAST("domain" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL AND "domain" IS NOT NULL GROUP BY "technologyTransfer", "domain"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), 'cooperationType', CAST("cooperationType" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL AND "cooperationType" IS NOT NULL GROUP BY "technologyTransfer", "cooperationType"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), 'stage', CAST("stage" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL AND "stage" IS NOT NULL GROUP BY "technologyTransfer", "stage"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), 'year', CAST("year" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL AND "year" IS NOT NULL GROUP BY "technologyTransfer", "year"
  UNION ALL SELECT 'technologyTransfer', CAST("technologyTransfer" AS TEXT), 'localisation', CAST("localisation" AS TEXT), COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL AND "technologyTransfer" IS NOT NULL AND "localisation" IS NOT NULL GROUP BY "technologyTransfer", "localisation";

