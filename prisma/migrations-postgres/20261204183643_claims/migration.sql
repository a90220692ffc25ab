-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "field" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "quote" TEXT,
    "anchor" TEXT,
    "reason" TEXT,
    "sourceId" INTEGER,
    "dealId" INTEGER,
    "instrumentId" INTEGER,
    "countryCode" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Claim_sourceId_anchor_idx" ON "Claim"("sourceId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_dealId_field_key" ON "Claim"("dealId", "field");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_instrumentId_field_key" ON "Claim"("instrumentId", "field");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_countryCode_field_key" ON "Claim"("countryCode", "field");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;
