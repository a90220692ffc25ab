-- AlterTable
ALTER TABLE "Deal" ALTER COLUMN "localisation" DROP NOT NULL,
ALTER COLUMN "localisation" DROP DEFAULT,
ALTER COLUMN "technologyTransfer" DROP NOT NULL,
ALTER COLUMN "technologyTransfer" DROP DEFAULT;
