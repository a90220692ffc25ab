-- AlterTable
ALTER TABLE "HistoryEntry" ADD COLUMN     "responseId" INTEGER;

-- CreateTable
CREATE TABLE "RecommendationResponse" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "respondedOn" TIMESTAMP(3) NOT NULL,
    "position" TEXT NOT NULL,
    "positionKo" TEXT,
    "evidenceUrl" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "RecommendationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecommendationResponse_recommendationId_actor_respondedOn_idx" ON "RecommendationResponse"("recommendationId", "actor", "respondedOn");

-- CreateIndex
CREATE INDEX "HistoryEntry_responseId_idx" ON "HistoryEntry"("responseId");

-- AddForeignKey
ALTER TABLE "RecommendationResponse" ADD CONSTRAINT "RecommendationResponse_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "RecommendationResponse"("id") ON DELETE SET NULL ON UPDATE CASCADE;
