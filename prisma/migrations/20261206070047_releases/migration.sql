-- CreateTable
CREATE TABLE "Release" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "changelog" TEXT NOT NULL,
    "changelogKo" TEXT,
    "publishedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReleaseFile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "releaseId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    CONSTRAINT "ReleaseFile_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Release_version_key" ON "Release"("version");

-- CreateIndex
CREATE INDEX "Release_publishedAt_idx" ON "Release"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseFile_releaseId_name_key" ON "ReleaseFile"("releaseId", "name");

-- A release is immutable: the database itself refuses to change or delete one, or any of its files,
-- whatever writes to it (the app offers no way to; this stops a script or a mistake as well).
CREATE TRIGGER "Release_no_update" BEFORE UPDATE ON "Release" BEGIN
    SELECT RAISE(ABORT, 'A published release cannot be changed.');
END;
CREATE TRIGGER "Release_no_delete" BEFORE DELETE ON "Release" BEGIN
    SELECT RAISE(ABORT, 'A published release cannot be deleted.');
END;
CREATE TRIGGER "ReleaseFile_no_update" BEFORE UPDATE ON "ReleaseFile" BEGIN
    SELECT RAISE(ABORT, 'A published release cannot be changed.');
END;
CREATE TRIGGER "ReleaseFile_no_delete" BEFORE DELETE ON "ReleaseFile" BEGIN
    SELECT RAISE(ABORT, 'A published release cannot be deleted.');
END;
