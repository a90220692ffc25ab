-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "noteKo" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "summaryKo" TEXT;

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "systemKo" TEXT;

-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN     "thirdCountryTermsKo" TEXT;

-- AlterTable
ALTER TABLE "KeyFigure" ADD COLUMN     "valueTextKo" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "reasonKo" TEXT;
