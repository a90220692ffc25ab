-- Each actor's dated responses to a recommendation, with their evidence (retired, never deleted), and
-- the history entry that recorded or retired each. Written as ADD COLUMN: the schema engine would
-- rebuild "HistoryEntry" (copying every save ever made) for the new column's foreign key.
CREATE TABLE "RecommendationResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recommendationId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "respondedOn" DATETIME NOT NULL,
    "position" TEXT NOT NULL,
    "positionKo" TEXT,
    "evidenceUrl" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME,
    CONSTRAINT "RecommendationResponse_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "RecommendationResponse_recommendationId_actor_respondedOn_idx" ON "RecommendationResponse"("recommendationId", "actor", "respondedOn");

ALTER TABLE "HistoryEntry" ADD COLUMN "responseId" INTEGER REFERENCES "RecommendationResponse" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "HistoryEntry_responseId_idx" ON "HistoryEntry"("responseId");
