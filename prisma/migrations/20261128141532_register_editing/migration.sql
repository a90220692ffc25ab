-- CreateTable
CREATE TABLE "Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entity" TEXT NOT NULL,
    "recordKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "authorName" TEXT NOT NULL,
    "viaImport" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "eu" BOOLEAN NOT NULL DEFAULT false,
    "nato" BOOLEAN NOT NULL DEFAULT false,
    "ip4" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1
);
INSERT INTO "new_Country" ("code", "eu", "ip4", "name", "nameKo", "nato") SELECT "code", "eu", "ip4", "name", "nameKo", "nato" FROM "Country";
DROP TABLE "Country";
ALTER TABLE "new_Country" RENAME TO "Country";
CREATE TABLE "new_KeyFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "labelKo" TEXT,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "valueText" TEXT NOT NULL,
    "quote" TEXT,
    "year" INTEGER,
    "sourceId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KeyFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_KeyFigure" ("id", "label", "labelKo", "position", "quote", "slug", "sourceId", "unit", "value", "valueText", "year") SELECT "id", "label", "labelKo", "position", "quote", "slug", "sourceId", "unit", "value", "valueText", "year" FROM "KeyFigure";
DROP TABLE "KeyFigure";
ALTER TABLE "new_KeyFigure" RENAME TO "KeyFigure";
CREATE UNIQUE INDEX "KeyFigure_slug_key" ON "KeyFigure"("slug");
CREATE INDEX "KeyFigure_sourceId_idx" ON "KeyFigure"("sourceId");
CREATE TABLE "new_Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "kind" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "countryCode" TEXT,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("countryCode", "id", "kind", "name", "nameKo", "origin", "slug", "summary") SELECT "countryCode", "id", "kind", "name", "nameKo", "origin", "slug", "summary" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_countryCode_idx" ON "Organisation"("countryCode");
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authors" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" TEXT,
    "url" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Source" ("authors", "createdAt", "id", "kind", "note", "publishedOn", "publisher", "slug", "title", "updatedAt", "url") SELECT "authors", "createdAt", "id", "kind", "note", "publishedOn", "publisher", "slug", "title", "updatedAt", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Revision_entity_recordKey_version_idx" ON "Revision"("entity", "recordKey", "version");

-- CreateIndex
CREATE INDEX "Revision_at_idx" ON "Revision"("at");

-- CreateIndex
CREATE INDEX "Revision_userId_idx" ON "Revision"("userId");
