-- DropIndex
DROP INDEX "Deal_system_idx";

-- DropIndex
DROP INDEX "Deal_stage_idx";

-- DropIndex
DROP INDEX "Deal_cooperationType_idx";

-- DropIndex
DROP INDEX "Deal_date_idx";

-- DropIndex
DROP INDEX "Deal_year_idx";

-- DropIndex
DROP INDEX "DealOrganisation_organisationId_idx";

-- CreateIndex
CREATE INDEX "Deal_facets_idx" ON "Deal"("retiredAt", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_list_date_idx" ON "Deal"("retiredAt", "date" DESC, "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_title_idx" ON "Deal"("retiredAt", "title", "id");

-- CreateIndex
CREATE INDEX "DealOrganisation_organisationId_dealId_idx" ON "DealOrganisation"("organisationId", "dealId");
