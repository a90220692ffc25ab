-- CreateIndex
CREATE INDEX "Country_name_code_idx" ON "Country"("name", "code");

-- CreateIndex
CREATE INDEX "Deal_system_facet_idx" ON "Deal"("retiredAt", "system", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_type_facet_idx" ON "Deal"("retiredAt", "cooperationType", "partnerCountryCode", "year", "stage", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_year_facet_idx" ON "Deal"("retiredAt", "year", "partnerCountryCode", "cooperationType", "stage", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_stage_facet_idx" ON "Deal"("retiredAt", "stage", "partnerCountryCode", "cooperationType", "year", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_domain_facet_idx" ON "Deal"("retiredAt", "domain", "partnerCountryCode", "cooperationType", "year", "stage", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_localisation_facet_idx" ON "Deal"("retiredAt", "localisation", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "system", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_transfer_facet_idx" ON "Deal"("retiredAt", "technologyTransfer", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "system", "localisation", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_list_system_idx" ON "Deal"("retiredAt", "system", "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_stage_idx" ON "Deal"("retiredAt", "stage", "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_type_idx" ON "Deal"("retiredAt", "cooperationType", "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_value_idx" ON "Deal"("retiredAt", "valueCurrency", "valueAmount" DESC, "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_partner_idx" ON "Deal"("retiredAt", "partnerCountryCode", "title", "id");
