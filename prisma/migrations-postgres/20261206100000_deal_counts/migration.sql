-- The live deals counted per facet value and pair of values, and their links per organisation, kept
-- exact by triggers, as on SQLite (issue 18, written by prisma/scripts/deal-counts-postgres.ts).
CREATE TABLE "DealFacetCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "column2" TEXT NOT NULL,
  "value2" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "column2", "value2")
);
CREATE TABLE "DealLinkCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "organisationId" INTEGER NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "organisationId")
);
CREATE OR REPLACE FUNCTION "deal_counts_write"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''UPDATE'' AND OLD."retiredAt" IS NULL THEN
    INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT ''all'', '''', '''', '''', -1
    UNION ALL SELECT "a"."c", "a"."v", "b"."c", "b"."v", -1 FROM (VALUES (''partnerCountryCode'', CAST(OLD."partnerCountryCode" AS TEXT)), (''system'', CAST(OLD."system" AS TEXT)), (''domain'', CAST(OLD."domain" AS TEXT)), (''cooperationType'', CAST(OLD."cooperationType" AS TEXT)), (''stage'', CAST(OLD."stage" AS TEXT)), (''year'', CAST(OLD."year" AS TEXT)), (''localisation'', CASE WHEN OLD."localisation" THEN ''1'' WHEN NOT OLD."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN OLD."technologyTransfer" THEN ''1'' WHEN NOT OLD."technologyTransfer" THEN ''0'' END)) AS "a" ("c", "v")
      JOIN (VALUES ('''', ''''), (''partnerCountryCode'', CAST(OLD."partnerCountryCode" AS TEXT)), (''system'', CAST(OLD."system" AS TEXT)), (''domain'', CAST(OLD."domain" AS TEXT)), (''cooperationType'', CAST(OLD."cooperationType" AS TEXT)), (''stage'', CAST(OLD."stage" AS TEXT)), (''year'', CAST(OLD."year" AS TEXT)), (''localisation'', CASE WHEN OLD."localisation" THEN ''1'' WHEN NOT OLD."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN OLD."technologyTransfer" THEN ''1'' WHEN NOT OLD."technologyTransfer" THEN ''0'' END)) AS "b" ("c", "v") ON "b"."c" <> "a"."c" WHERE "a"."v" IS NOT NULL AND "b"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "DealFacetCount"."count" + excluded."count"\073
    INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."c", "v"."v", "l"."organisationId", -1 FROM "DealOrganisation" AS "l" CROSS JOIN (VALUES (''all'', ''''), (''partnerCountryCode'', CAST(OLD."partnerCountryCode" AS TEXT)), (''system'', CAST(OLD."system" AS TEXT)), (''domain'', CAST(OLD."domain" AS TEXT)), (''cooperationType'', CAST(OLD."cooperationType" AS TEXT)), (''stage'', CAST(OLD."stage" AS TEXT)), (''year'', CAST(OLD."year" AS TEXT)), (''localisation'', CASE WHEN OLD."localisation" THEN ''1'' WHEN NOT OLD."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN OLD."technologyTransfer" THEN ''1'' WHEN NOT OLD."technologyTransfer" THEN ''0'' END)) AS "v" ("c", "v")
    WHERE "l"."dealId" = OLD."id" AND "v"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "DealLinkCount"."count" + excluded."count"\073
  END IF\073
  IF NEW."retiredAt" IS NULL THEN
    INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT ''all'', '''', '''', '''', 1
    UNION ALL SELECT "a"."c", "a"."v", "b"."c", "b"."v", 1 FROM (VALUES (''partnerCountryCode'', CAST(NEW."partnerCountryCode" AS TEXT)), (''system'', CAST(NEW."system" AS TEXT)), (''domain'', CAST(NEW."domain" AS TEXT)), (''cooperationType'', CAST(NEW."cooperationType" AS TEXT)), (''stage'', CAST(NEW."stage" AS TEXT)), (''year'', CAST(NEW."year" AS TEXT)), (''localisation'', CASE WHEN NEW."localisation" THEN ''1'' WHEN NOT NEW."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN NEW."technologyTransfer" THEN ''1'' WHEN NOT NEW."technologyTransfer" THEN ''0'' END)) AS "a" ("c", "v")
      JOIN (VALUES ('''', ''''), (''partnerCountryCode'', CAST(NEW."partnerCountryCode" AS TEXT)), (''system'', CAST(NEW."system" AS TEXT)), (''domain'', CAST(NEW."domain" AS TEXT)), (''cooperationType'', CAST(NEW."cooperationType" AS TEXT)), (''stage'', CAST(NEW."stage" AS TEXT)), (''year'', CAST(NEW."year" AS TEXT)), (''localisation'', CASE WHEN NEW."localisation" THEN ''1'' WHEN NOT NEW."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN NEW."technologyTransfer" THEN ''1'' WHEN NOT NEW."technologyTransfer" THEN ''0'' END)) AS "b" ("c", "v") ON "b"."c" <> "a"."c" WHERE "a"."v" IS NOT NULL AND "b"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "DealFacetCount"."count" + excluded."count"\073
    INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."c", "v"."v", "l"."organisationId", 1 FROM "DealOrganisation" AS "l" CROSS JOIN (VALUES (''all'', ''''), (''partnerCountryCode'', CAST(NEW."partnerCountryCode" AS TEXT)), (''system'', CAST(NEW."system" AS TEXT)), (''domain'', CAST(NEW."domain" AS TEXT)), (''cooperationType'', CAST(NEW."cooperationType" AS TEXT)), (''stage'', CAST(NEW."stage" AS TEXT)), (''year'', CAST(NEW."year" AS TEXT)), (''localisation'', CASE WHEN NEW."localisation" THEN ''1'' WHEN NOT NEW."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN NEW."technologyTransfer" THEN ''1'' WHEN NOT NEW."technologyTransfer" THEN ''0'' END)) AS "v" ("c", "v")
    WHERE "l"."dealId" = NEW."id" AND "v"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "DealLinkCount"."count" + excluded."count"\073
  END IF\073
  RETURN NULL\073
END\073';
CREATE OR REPLACE FUNCTION "deal_counts_delete"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF OLD."retiredAt" IS NULL THEN
    INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
    SELECT ''all'', '''', '''', '''', -1
    UNION ALL SELECT "a"."c", "a"."v", "b"."c", "b"."v", -1 FROM (VALUES (''partnerCountryCode'', CAST(OLD."partnerCountryCode" AS TEXT)), (''system'', CAST(OLD."system" AS TEXT)), (''domain'', CAST(OLD."domain" AS TEXT)), (''cooperationType'', CAST(OLD."cooperationType" AS TEXT)), (''stage'', CAST(OLD."stage" AS TEXT)), (''year'', CAST(OLD."year" AS TEXT)), (''localisation'', CASE WHEN OLD."localisation" THEN ''1'' WHEN NOT OLD."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN OLD."technologyTransfer" THEN ''1'' WHEN NOT OLD."technologyTransfer" THEN ''0'' END)) AS "a" ("c", "v")
      JOIN (VALUES ('''', ''''), (''partnerCountryCode'', CAST(OLD."partnerCountryCode" AS TEXT)), (''system'', CAST(OLD."system" AS TEXT)), (''domain'', CAST(OLD."domain" AS TEXT)), (''cooperationType'', CAST(OLD."cooperationType" AS TEXT)), (''stage'', CAST(OLD."stage" AS TEXT)), (''year'', CAST(OLD."year" AS TEXT)), (''localisation'', CASE WHEN OLD."localisation" THEN ''1'' WHEN NOT OLD."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN OLD."technologyTransfer" THEN ''1'' WHEN NOT OLD."technologyTransfer" THEN ''0'' END)) AS "b" ("c", "v") ON "b"."c" <> "a"."c" WHERE "a"."v" IS NOT NULL AND "b"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "column2", "value2") DO UPDATE SET "count" = "DealFacetCount"."count" + excluded."count"\073
    INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."c", "v"."v", "l"."organisationId", -1 FROM "DealOrganisation" AS "l" CROSS JOIN (VALUES (''all'', ''''), (''partnerCountryCode'', CAST(OLD."partnerCountryCode" AS TEXT)), (''system'', CAST(OLD."system" AS TEXT)), (''domain'', CAST(OLD."domain" AS TEXT)), (''cooperationType'', CAST(OLD."cooperationType" AS TEXT)), (''stage'', CAST(OLD."stage" AS TEXT)), (''year'', CAST(OLD."year" AS TEXT)), (''localisation'', CASE WHEN OLD."localisation" THEN ''1'' WHEN NOT OLD."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN OLD."technologyTransfer" THEN ''1'' WHEN NOT OLD."technologyTransfer" THEN ''0'' END)) AS "v" ("c", "v")
    WHERE "l"."dealId" = OLD."id" AND "v"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "DealLinkCount"."count" + excluded."count"\073
  END IF\073
  RETURN OLD\073
END\073';
CREATE OR REPLACE FUNCTION "deal_link_counts_write"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."c", "v"."v", OLD."organisationId", -1 FROM "Deal" AS "d" CROSS JOIN LATERAL (VALUES (''all'', ''''), (''partnerCountryCode'', CAST("d"."partnerCountryCode" AS TEXT)), (''system'', CAST("d"."system" AS TEXT)), (''domain'', CAST("d"."domain" AS TEXT)), (''cooperationType'', CAST("d"."cooperationType" AS TEXT)), (''stage'', CAST("d"."stage" AS TEXT)), (''year'', CAST("d"."year" AS TEXT)), (''localisation'', CASE WHEN "d"."localisation" THEN ''1'' WHEN NOT "d"."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN "d"."technologyTransfer" THEN ''1'' WHEN NOT "d"."technologyTransfer" THEN ''0'' END)) AS "v" ("c", "v")
    WHERE "d"."id" = OLD."dealId" AND "d"."retiredAt" IS NULL AND "v"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "DealLinkCount"."count" + excluded."count"\073
  END IF\073
  IF TG_OP IN (''UPDATE'', ''INSERT'') THEN
    INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."c", "v"."v", NEW."organisationId", 1 FROM "Deal" AS "d" CROSS JOIN LATERAL (VALUES (''all'', ''''), (''partnerCountryCode'', CAST("d"."partnerCountryCode" AS TEXT)), (''system'', CAST("d"."system" AS TEXT)), (''domain'', CAST("d"."domain" AS TEXT)), (''cooperationType'', CAST("d"."cooperationType" AS TEXT)), (''stage'', CAST("d"."stage" AS TEXT)), (''year'', CAST("d"."year" AS TEXT)), (''localisation'', CASE WHEN "d"."localisation" THEN ''1'' WHEN NOT "d"."localisation" THEN ''0'' END), (''technologyTransfer'', CASE WHEN "d"."technologyTransfer" THEN ''1'' WHEN NOT "d"."technologyTransfer" THEN ''0'' END)) AS "v" ("c", "v")
    WHERE "d"."id" = NEW."dealId" AND "d"."retiredAt" IS NULL AND "v"."v" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "DealLinkCount"."count" + excluded."count"\073
  END IF\073
  RETURN NULL\073
END\073';
CREATE TRIGGER "Deal_counts_insert" AFTER INSERT ON "Deal" FOR EACH ROW EXECUTE FUNCTION "deal_counts_write"();
CREATE TRIGGER "Deal_counts_update" AFTER UPDATE OF "retiredAt", "partnerCountryCode", "system", "domain", "cooperationType", "stage", "year", "localisation", "technologyTransfer" ON "Deal" FOR EACH ROW EXECUTE FUNCTION "deal_counts_write"();
CREATE TRIGGER "Deal_counts_delete" BEFORE DELETE ON "Deal" FOR EACH ROW EXECUTE FUNCTION "deal_counts_delete"();
CREATE TRIGGER "DealOrganisation_counts" AFTER INSERT OR DELETE OR UPDATE OF "dealId", "organisationId" ON "DealOrganisation" FOR EACH ROW EXECUTE FUNCTION "deal_link_counts_write"();
DELETE FROM "DealFacetCount";
INSERT INTO "DealFacetCount" ("column", "value", "column2", "value2", "count")
  SELECT 'all', '', '', '', COUNT(*) FROM "Deal" WHERE "retiredAt" IS NULL
  UNION ALL SELECT "a"."c", "a"."v", "b"."c", "b"."v", COUNT(*) FROM "Deal" AS "d"
    CROSS JOIN LATERAL (VALUES ('partnerCountryCode', CAST("d"."partnerCountryCode" AS TEXT)), ('system', CAST("d"."system" AS TEXT)), ('domain', CAST("d"."domain" AS TEXT)), ('cooperationType', CAST("d"."cooperationType" AS TEXT)), ('stage', CAST("d"."stage" AS TEXT)), ('year', CAST("d"."year" AS TEXT)), ('localisation', CASE WHEN "d"."localisation" THEN '1' WHEN NOT "d"."localisation" THEN '0' END), ('technologyTransfer', CASE WHEN "d"."technologyTransfer" THEN '1' WHEN NOT "d"."technologyTransfer" THEN '0' END)) AS "a" ("c", "v")
    CROSS JOIN LATERAL (VALUES ('', ''), ('partnerCountryCode', CAST("d"."partnerCountryCode" AS TEXT)), ('system', CAST("d"."system" AS TEXT)), ('domain', CAST("d"."domain" AS TEXT)), ('cooperationType', CAST("d"."cooperationType" AS TEXT)), ('stage', CAST("d"."stage" AS TEXT)), ('year', CAST("d"."year" AS TEXT)), ('localisation', CASE WHEN "d"."localisation" THEN '1' WHEN NOT "d"."localisation" THEN '0' END), ('technologyTransfer', CASE WHEN "d"."technologyTransfer" THEN '1' WHEN NOT "d"."technologyTransfer" THEN '0' END)) AS "b" ("c", "v")
    WHERE "d"."retiredAt" IS NULL AND "b"."c" <> "a"."c" AND "a"."v" IS NOT NULL AND "b"."v" IS NOT NULL GROUP BY 1, 2, 3, 4;
DELETE FROM "DealLinkCount";
INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
  SELECT "v"."c", "v"."v", "l"."organisationId", COUNT(*) FROM "DealOrganisation" AS "l" JOIN "Deal" AS "d" ON "d"."id" = "l"."dealId"
    CROSS JOIN LATERAL (VALUES ('all', ''), ('partnerCountryCode', CAST("d"."partnerCountryCode" AS TEXT)), ('system', CAST("d"."system" AS TEXT)), ('domain', CAST("d"."domain" AS TEXT)), ('cooperationType', CAST("d"."cooperationType" AS TEXT)), ('stage', CAST("d"."stage" AS TEXT)), ('year', CAST("d"."year" AS TEXT)), ('localisation', CASE WHEN "d"."localisation" THEN '1' WHEN NOT "d"."localisation" THEN '0' END), ('technologyTransfer', CASE WHEN "d"."technologyTransfer" THEN '1' WHEN NOT "d"."technologyTransfer" THEN '0' END)) AS "v" ("c", "v")
    WHERE "d"."retiredAt" IS NULL AND "v"."v" IS NOT NULL GROUP BY 1, 2, 3;
