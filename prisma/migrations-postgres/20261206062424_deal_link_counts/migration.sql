-- DropIndex
DROP INDEX "Deal_list_date_idx";

-- CreateIndex
CREATE INDEX "Deal_list_date_idx" ON "Deal"("retiredAt", "date" DESC, "title", "id", "partnerCountryCode", "cooperationType", "system", "stage", "domain", "year", "localisation", "technologyTransfer");
