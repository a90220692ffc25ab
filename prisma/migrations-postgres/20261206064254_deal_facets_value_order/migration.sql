-- DropIndex
DROP INDEX "Deal_facets_idx";

-- CreateIndex
CREATE INDEX "Deal_facets_idx" ON "Deal"("retiredAt", "partnerCountryCode", "valueCurrency", "valueAmount", "cooperationType", "year", "stage", "domain", "system", "localisation", "technologyTransfer");
