-- DropIndex
DROP INDEX "Deal_list_date_idx";

-- CreateIndex
CREATE INDEX "Deal_list_date_idx" ON "Deal"("retiredAt", "date" DESC, "title", "id", "partnerCountryCode", "cooperationType", "system", "stage", "domain", "year", "localisation", "technologyTransfer");

-- The links of the live deals counted per organisation, in all and per facet value, kept exact by
-- triggers on "Deal" and "DealOrganisation" (prisma/scripts/deal-counts.ts): the organisation facet of
-- every live deal, or of a view filtered by one facet, reads these rows instead of a link per deal.
CREATE TABLE "DealLinkCount" (
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "organisationId" INTEGER NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("column", "value", "organisationId")
) WITHOUT ROWID;

CREATE TRIGGER "DealOrganisation_counts_insert" AFTER INSERT ON "DealOrganisation" BEGIN
  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "column", "value", new."organisationId", 1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST("d"."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST("d"."system" AS TEXT) WHEN 'domain' THEN CAST("d"."domain" AS TEXT) WHEN 'cooperationType' THEN CAST("d"."cooperationType" AS TEXT) WHEN 'stage' THEN CAST("d"."stage" AS TEXT) WHEN 'year' THEN CAST("d"."year" AS TEXT) WHEN 'localisation' THEN CAST("d"."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST("d"."technologyTransfer" AS TEXT) END AS "value" FROM "Deal" AS "d" JOIN (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a"
      WHERE "d"."id" = new."dealId" AND "d"."retiredAt" IS NULL) WHERE "value" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "DealOrganisation_counts_delete" AFTER DELETE ON "DealOrganisation" BEGIN
  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "column", "value", old."organisationId", -1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST("d"."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST("d"."system" AS TEXT) WHEN 'domain' THEN CAST("d"."domain" AS TEXT) WHEN 'cooperationType' THEN CAST("d"."cooperationType" AS TEXT) WHEN 'stage' THEN CAST("d"."stage" AS TEXT) WHEN 'year' THEN CAST("d"."year" AS TEXT) WHEN 'localisation' THEN CAST("d"."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST("d"."technologyTransfer" AS TEXT) END AS "value" FROM "Deal" AS "d" JOIN (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a"
      WHERE "d"."id" = old."dealId" AND "d"."retiredAt" IS NULL) WHERE "value" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "DealOrganisation_counts_update" AFTER UPDATE OF "dealId", "organisationId" ON "DealOrganisation" BEGIN
  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "column", "value", old."organisationId", -1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST("d"."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST("d"."system" AS TEXT) WHEN 'domain' THEN CAST("d"."domain" AS TEXT) WHEN 'cooperationType' THEN CAST("d"."cooperationType" AS TEXT) WHEN 'stage' THEN CAST("d"."stage" AS TEXT) WHEN 'year' THEN CAST("d"."year" AS TEXT) WHEN 'localisation' THEN CAST("d"."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST("d"."technologyTransfer" AS TEXT) END AS "value" FROM "Deal" AS "d" JOIN (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a"
      WHERE "d"."id" = old."dealId" AND "d"."retiredAt" IS NULL) WHERE "value" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";
  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "column", "value", new."organisationId", 1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST("d"."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST("d"."system" AS TEXT) WHEN 'domain' THEN CAST("d"."domain" AS TEXT) WHEN 'cooperationType' THEN CAST("d"."cooperationType" AS TEXT) WHEN 'stage' THEN CAST("d"."stage" AS TEXT) WHEN 'year' THEN CAST("d"."year" AS TEXT) WHEN 'localisation' THEN CAST("d"."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST("d"."technologyTransfer" AS TEXT) END AS "value" FROM "Deal" AS "d" JOIN (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a"
      WHERE "d"."id" = new."dealId" AND "d"."retiredAt" IS NULL) WHERE "value" IS NOT NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "Deal_links_delete" BEFORE DELETE ON "Deal" BEGIN
  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."column", "v"."value", "l"."organisationId", -1 FROM "DealOrganisation" AS "l"
    JOIN (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST(old."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST(old."system" AS TEXT) WHEN 'domain' THEN CAST(old."domain" AS TEXT) WHEN 'cooperationType' THEN CAST(old."cooperationType" AS TEXT) WHEN 'stage' THEN CAST(old."stage" AS TEXT) WHEN 'year' THEN CAST(old."year" AS TEXT) WHEN 'localisation' THEN CAST(old."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST(old."technologyTransfer" AS TEXT) END AS "value" FROM (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a") AS "v" ON "v"."value" IS NOT NULL
    WHERE "l"."dealId" = old."id" AND old."retiredAt" IS NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "Deal_links_update" AFTER UPDATE OF "retiredAt", "partnerCountryCode", "system", "domain", "cooperationType", "stage", "year", "localisation", "technologyTransfer" ON "Deal" BEGIN
  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."column", "v"."value", "l"."organisationId", -1 FROM "DealOrganisation" AS "l"
    JOIN (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST(old."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST(old."system" AS TEXT) WHEN 'domain' THEN CAST(old."domain" AS TEXT) WHEN 'cooperationType' THEN CAST(old."cooperationType" AS TEXT) WHEN 'stage' THEN CAST(old."stage" AS TEXT) WHEN 'year' THEN CAST(old."year" AS TEXT) WHEN 'localisation' THEN CAST(old."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST(old."technologyTransfer" AS TEXT) END AS "value" FROM (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a") AS "v" ON "v"."value" IS NOT NULL
    WHERE "l"."dealId" = old."id" AND old."retiredAt" IS NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";
  INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
    SELECT "v"."column", "v"."value", "l"."organisationId", 1 FROM "DealOrganisation" AS "l"
    JOIN (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST(new."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST(new."system" AS TEXT) WHEN 'domain' THEN CAST(new."domain" AS TEXT) WHEN 'cooperationType' THEN CAST(new."cooperationType" AS TEXT) WHEN 'stage' THEN CAST(new."stage" AS TEXT) WHEN 'year' THEN CAST(new."year" AS TEXT) WHEN 'localisation' THEN CAST(new."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST(new."technologyTransfer" AS TEXT) END AS "value" FROM (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a") AS "v" ON "v"."value" IS NOT NULL
    WHERE "l"."dealId" = new."id" AND new."retiredAt" IS NULL
    ON CONFLICT ("column", "value", "organisationId") DO UPDATE SET "count" = "count" + excluded."count";
END;

DELETE FROM "DealLinkCount";
INSERT INTO "DealLinkCount" ("column", "value", "organisationId", "count")
  SELECT "v"."column", "v"."value", "v"."organisationId", COUNT(*) FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST("d"."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST("d"."system" AS TEXT) WHEN 'domain' THEN CAST("d"."domain" AS TEXT) WHEN 'cooperationType' THEN CAST("d"."cooperationType" AS TEXT) WHEN 'stage' THEN CAST("d"."stage" AS TEXT) WHEN 'year' THEN CAST("d"."year" AS TEXT) WHEN 'localisation' THEN CAST("d"."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST("d"."technologyTransfer" AS TEXT) END AS "value", "l"."organisationId" AS "organisationId"
    FROM "DealOrganisation" AS "l" JOIN "Deal" AS "d" ON "d"."id" = "l"."dealId" JOIN (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a" WHERE "d"."retiredAt" IS NULL) AS "v"
  WHERE "v"."value" IS NOT NULL GROUP BY 1, 2, 3;
