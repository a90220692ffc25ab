-- Common search words, their deals and their live deals counted, kept exact by triggers on "Deal"
-- and "DealOrganisation" (prisma/scripts/deal-counts.ts). No word is kept yet: npm run db:migrate
-- chooses them while none are (keepCommonSearchWords), and fills their lists and counts.
CREATE TABLE "DealSearchWord" (
  "word" TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE "DealWordMember" (
  "word" TEXT NOT NULL,
  "dealId" INTEGER NOT NULL,
  PRIMARY KEY ("word", "dealId")
) WITHOUT ROWID;

CREATE TABLE "DealWordCount" (
  "word" TEXT NOT NULL,
  "column" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  PRIMARY KEY ("word", "column", "value")
) WITHOUT ROWID;

CREATE TRIGGER "Deal_words_insert" AFTER INSERT ON "Deal" BEGIN
  INSERT INTO "DealWordMember" ("word", "dealId") SELECT "w"."word", new."id" FROM "DealSearchWord" AS "w" WHERE instr(new."searchText", "w"."word") > 0;
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", "v"."column", "v"."value", 1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST(new."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST(new."system" AS TEXT) WHEN 'domain' THEN CAST(new."domain" AS TEXT) WHEN 'cooperationType' THEN CAST(new."cooperationType" AS TEXT) WHEN 'stage' THEN CAST(new."stage" AS TEXT) WHEN 'year' THEN CAST(new."year" AS TEXT) WHEN 'localisation' THEN CAST(new."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST(new."technologyTransfer" AS TEXT) END AS "value" FROM (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a") AS "v", "DealSearchWord" AS "w" WHERE instr(new."searchText", "w"."word") > 0 AND "v"."value" IS NOT NULL AND new."retiredAt" IS NULL
    UNION ALL SELECT "w"."word", 'organisationId', CAST("l"."organisationId" AS TEXT), 1 FROM "DealOrganisation" AS "l", "DealSearchWord" AS "w" WHERE instr(new."searchText", "w"."word") > 0 AND "l"."dealId" = new."id" AND new."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "Deal_words_delete" BEFORE DELETE ON "Deal" BEGIN
  DELETE FROM "DealWordMember" WHERE "dealId" = old."id" AND "word" IN (SELECT "w"."word" FROM "DealSearchWord" AS "w" WHERE instr(old."searchText", "w"."word") > 0);
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", "v"."column", "v"."value", -1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST(old."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST(old."system" AS TEXT) WHEN 'domain' THEN CAST(old."domain" AS TEXT) WHEN 'cooperationType' THEN CAST(old."cooperationType" AS TEXT) WHEN 'stage' THEN CAST(old."stage" AS TEXT) WHEN 'year' THEN CAST(old."year" AS TEXT) WHEN 'localisation' THEN CAST(old."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST(old."technologyTransfer" AS TEXT) END AS "value" FROM (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a") AS "v", "DealSearchWord" AS "w" WHERE instr(old."searchText", "w"."word") > 0 AND "v"."value" IS NOT NULL AND old."retiredAt" IS NULL
    UNION ALL SELECT "w"."word", 'organisationId', CAST("l"."organisationId" AS TEXT), -1 FROM "DealOrganisation" AS "l", "DealSearchWord" AS "w" WHERE instr(old."searchText", "w"."word") > 0 AND "l"."dealId" = old."id" AND old."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "Deal_words_update" AFTER UPDATE OF "id", "searchText", "retiredAt", "partnerCountryCode", "system", "domain", "cooperationType", "stage", "year", "localisation", "technologyTransfer" ON "Deal" BEGIN
  DELETE FROM "DealWordMember" WHERE "dealId" = old."id" AND "word" IN (SELECT "w"."word" FROM "DealSearchWord" AS "w" WHERE instr(old."searchText", "w"."word") > 0);
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", "v"."column", "v"."value", -1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST(old."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST(old."system" AS TEXT) WHEN 'domain' THEN CAST(old."domain" AS TEXT) WHEN 'cooperationType' THEN CAST(old."cooperationType" AS TEXT) WHEN 'stage' THEN CAST(old."stage" AS TEXT) WHEN 'year' THEN CAST(old."year" AS TEXT) WHEN 'localisation' THEN CAST(old."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST(old."technologyTransfer" AS TEXT) END AS "value" FROM (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a") AS "v", "DealSearchWord" AS "w" WHERE instr(old."searchText", "w"."word") > 0 AND "v"."value" IS NOT NULL AND old."retiredAt" IS NULL
    UNION ALL SELECT "w"."word", 'organisationId', CAST("l"."organisationId" AS TEXT), -1 FROM "DealOrganisation" AS "l", "DealSearchWord" AS "w" WHERE instr(old."searchText", "w"."word") > 0 AND "l"."dealId" = old."id" AND old."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
  INSERT INTO "DealWordMember" ("word", "dealId") SELECT "w"."word", new."id" FROM "DealSearchWord" AS "w" WHERE instr(new."searchText", "w"."word") > 0;
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", "v"."column", "v"."value", 1 FROM (SELECT "a"."column1" AS "column", CASE "a"."column1" WHEN 'all' THEN '' WHEN 'partnerCountryCode' THEN CAST(new."partnerCountryCode" AS TEXT) WHEN 'system' THEN CAST(new."system" AS TEXT) WHEN 'domain' THEN CAST(new."domain" AS TEXT) WHEN 'cooperationType' THEN CAST(new."cooperationType" AS TEXT) WHEN 'stage' THEN CAST(new."stage" AS TEXT) WHEN 'year' THEN CAST(new."year" AS TEXT) WHEN 'localisation' THEN CAST(new."localisation" AS TEXT) WHEN 'technologyTransfer' THEN CAST(new."technologyTransfer" AS TEXT) END AS "value" FROM (VALUES ('all'), ('partnerCountryCode'), ('system'), ('domain'), ('cooperationType'), ('stage'), ('year'), ('localisation'), ('technologyTransfer')) AS "a") AS "v", "DealSearchWord" AS "w" WHERE instr(new."searchText", "w"."word") > 0 AND "v"."value" IS NOT NULL AND new."retiredAt" IS NULL
    UNION ALL SELECT "w"."word", 'organisationId', CAST("l"."organisationId" AS TEXT), 1 FROM "DealOrganisation" AS "l", "DealSearchWord" AS "w" WHERE instr(new."searchText", "w"."word") > 0 AND "l"."dealId" = new."id" AND new."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "DealOrganisation_words_insert" AFTER INSERT ON "DealOrganisation" BEGIN
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", 'organisationId', CAST(new."organisationId" AS TEXT), 1 FROM "Deal" AS "d" JOIN "DealSearchWord" AS "w" ON instr("d"."searchText", "w"."word") > 0
    WHERE "d"."id" = new."dealId" AND "d"."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "DealOrganisation_words_delete" AFTER DELETE ON "DealOrganisation" BEGIN
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", 'organisationId', CAST(old."organisationId" AS TEXT), -1 FROM "Deal" AS "d" JOIN "DealSearchWord" AS "w" ON instr("d"."searchText", "w"."word") > 0
    WHERE "d"."id" = old."dealId" AND "d"."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
END;

CREATE TRIGGER "DealOrganisation_words_update" AFTER UPDATE OF "dealId", "organisationId" ON "DealOrganisation" BEGIN
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", 'organisationId', CAST(old."organisationId" AS TEXT), -1 FROM "Deal" AS "d" JOIN "DealSearchWord" AS "w" ON instr("d"."searchText", "w"."word") > 0
    WHERE "d"."id" = old."dealId" AND "d"."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
  INSERT INTO "DealWordCount" ("word", "column", "value", "count")
    SELECT "w"."word", 'organisationId', CAST(new."organisationId" AS TEXT), 1 FROM "Deal" AS "d" JOIN "DealSearchWord" AS "w" ON instr("d"."searchText", "w"."word") > 0
    WHERE "d"."id" = new."dealId" AND "d"."retiredAt" IS NULL
    ON CONFLICT ("word", "column", "value") DO UPDATE SET "count" = "count" + excluded."count";
END;
