-- CreateTable
CREATE TABLE "Finding" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "quote" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingActor" (
    "findingId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,

    CONSTRAINT "FindingActor_pkey" PRIMARY KEY ("findingId","actor")
);

-- CreateTable
CREATE TABLE "_CountryToFinding" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_CountryToFinding_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DealToFinding" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DealToFinding_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FindingToInstrument" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_FindingToInstrument_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FindingToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_FindingToRecommendation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Finding_slug_key" ON "Finding"("slug");

-- CreateIndex
CREATE INDEX "Finding_position_idx" ON "Finding"("position");

-- CreateIndex
CREATE INDEX "FindingActor_actor_idx" ON "FindingActor"("actor");

-- CreateIndex
CREATE INDEX "_CountryToFinding_B_index" ON "_CountryToFinding"("B");

-- CreateIndex
CREATE INDEX "_DealToFinding_B_index" ON "_DealToFinding"("B");

-- CreateIndex
CREATE INDEX "_FindingToInstrument_B_index" ON "_FindingToInstrument"("B");

-- CreateIndex
CREATE INDEX "_FindingToRecommendation_B_index" ON "_FindingToRecommendation"("B");

-- AddForeignKey
ALTER TABLE "FindingActor" ADD CONSTRAINT "FindingActor_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToFinding" ADD CONSTRAINT "_CountryToFinding_A_fkey" FOREIGN KEY ("A") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToFinding" ADD CONSTRAINT "_CountryToFinding_B_fkey" FOREIGN KEY ("B") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToFinding" ADD CONSTRAINT "_DealToFinding_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToFinding" ADD CONSTRAINT "_DealToFinding_B_fkey" FOREIGN KEY ("B") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FindingToInstrument" ADD CONSTRAINT "_FindingToInstrument_A_fkey" FOREIGN KEY ("A") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FindingToInstrument" ADD CONSTRAINT "_FindingToInstrument_B_fkey" FOREIGN KEY ("B") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FindingToRecommendation" ADD CONSTRAINT "_FindingToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FindingToRecommendation" ADD CONSTRAINT "_FindingToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
