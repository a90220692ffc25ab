-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "system" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "cooperationType" TEXT NOT NULL,
    "partnerCountryCode" TEXT NOT NULL,
    "supplierSide" TEXT,
    "workCountryCode" TEXT,
    "valueAmount" REAL,
    "valueCurrency" TEXT,
    "valueText" TEXT,
    "valueSourceId" INTEGER,
    "date" DATETIME,
    "datePrecision" TEXT,
    "year" INTEGER,
    "stage" TEXT,
    "localisation" BOOLEAN,
    "technologyTransfer" BOOLEAN,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,
    "searchText" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deal_partnerCountryCode_fkey" FOREIGN KEY ("partnerCountryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_workCountryCode_fkey" FOREIGN KEY ("workCountryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deal_valueSourceId_fkey" FOREIGN KEY ("valueSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Deal" ("cooperationType", "createdAt", "date", "datePrecision", "domain", "id", "localisation", "partnerCountryCode", "retiredAt", "searchText", "slug", "stage", "summary", "summaryKo", "system", "technologyTransfer", "title", "titleKo", "updatedAt", "valueAmount", "valueCurrency", "valueSourceId", "valueText", "version", "year") SELECT "cooperationType", "createdAt", "date", "datePrecision", "domain", "id", "localisation", "partnerCountryCode", "retiredAt", "searchText", "slug", "stage", "summary", "summaryKo", "system", "technologyTransfer", "title", "titleKo", "updatedAt", "valueAmount", "valueCurrency", "valueSourceId", "valueText", "version", "year" FROM "Deal";
DROP TABLE "Deal";
ALTER TABLE "new_Deal" RENAME TO "Deal";
CREATE UNIQUE INDEX "Deal_slug_key" ON "Deal"("slug");
CREATE INDEX "Deal_partnerCountryCode_idx" ON "Deal"("partnerCountryCode");
CREATE INDEX "Deal_workCountryCode_idx" ON "Deal"("workCountryCode");
CREATE INDEX "Deal_valueSourceId_idx" ON "Deal"("valueSourceId");
CREATE INDEX "Deal_facets_idx" ON "Deal"("retiredAt", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");
CREATE INDEX "Deal_list_date_idx" ON "Deal"("retiredAt", "date" DESC, "title", "id");
CREATE INDEX "Deal_list_title_idx" ON "Deal"("retiredAt", "title", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The full-text index of deals (see prisma/scripts/deal-search.ts): the rebuilt table lost its triggers.
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

INSERT INTO "DealSearch"("DealSearch") VALUES ('rebuild');
