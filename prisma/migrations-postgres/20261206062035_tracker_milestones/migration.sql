-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "closureReason" TEXT,
ADD COLUMN     "priority" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "HistoryEntry" ADD COLUMN     "effectiveAt" TIMESTAMP(3),
ADD COLUMN     "field" TEXT;
