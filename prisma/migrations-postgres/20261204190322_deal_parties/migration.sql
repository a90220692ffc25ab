-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "supplierSide" TEXT,
ADD COLUMN     "workCountryCode" TEXT;

-- CreateIndex
CREATE INDEX "Deal_workCountryCode_idx" ON "Deal"("workCountryCode");

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_workCountryCode_fkey" FOREIGN KEY ("workCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
