-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("createdAt", "expiresAt", "id", "userId") SELECT "createdAt", "expiresAt", "id", "userId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
CREATE INDEX "Session_lastSeenAt_idx" ON "Session"("lastSeenAt");
CREATE TABLE "new_SignInAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "client" TEXT NOT NULL DEFAULT '',
    "succeeded" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_SignInAttempt" ("at", "email", "id", "succeeded") SELECT "at", "email", "id", "succeeded" FROM "SignInAttempt";
DROP TABLE "SignInAttempt";
ALTER TABLE "new_SignInAttempt" RENAME TO "SignInAttempt";
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");
CREATE INDEX "SignInAttempt_client_at_idx" ON "SignInAttempt"("client", "at");
CREATE INDEX "SignInAttempt_at_idx" ON "SignInAttempt"("at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
