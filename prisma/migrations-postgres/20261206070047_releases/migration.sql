-- CreateTable
CREATE TABLE "Release" (
    "id" SERIAL NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "changelog" TEXT NOT NULL,
    "changelogKo" TEXT,
    "publishedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseFile" (
    "id" SERIAL NOT NULL,
    "releaseId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,

    CONSTRAINT "ReleaseFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Release_version_key" ON "Release"("version");

-- CreateIndex
CREATE INDEX "Release_publishedAt_idx" ON "Release"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseFile_releaseId_name_key" ON "ReleaseFile"("releaseId", "name");

-- AddForeignKey
ALTER TABLE "ReleaseFile" ADD CONSTRAINT "ReleaseFile_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A release is immutable: the database itself refuses to change or delete one, or any of its files,
-- whatever writes to it (the app offers no way to, and this stops a script or a mistake as well).
-- The migration runner splits a script at every semicolon, even inside a string, so the function's
-- body is an escaped string that writes each of its semicolons as \073. `OR REPLACE`: db:reset drops
-- the tables (and their triggers) but not the function.
CREATE OR REPLACE FUNCTION "release_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''A published release cannot be changed or deleted.''\073 END\073';
CREATE TRIGGER "Release_immutable" BEFORE UPDATE OR DELETE ON "Release" FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "ReleaseFile_immutable" BEFORE UPDATE OR DELETE ON "ReleaseFile" FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
