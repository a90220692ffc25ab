-- Milestones managed by editors (retired, never deleted; the date each happened), a recommendation's
-- priority flag and closure reason, and what a history entry's milestone edit changed.
-- Written as ADD COLUMN (the schema engine would rebuild "Recommendation" for the boolean's default).
ALTER TABLE "HistoryEntry" ADD COLUMN "effectiveAt" DATETIME;
ALTER TABLE "HistoryEntry" ADD COLUMN "field" TEXT;
ALTER TABLE "Milestone" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Recommendation" ADD COLUMN "priority" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Recommendation" ADD COLUMN "closureReason" TEXT;
