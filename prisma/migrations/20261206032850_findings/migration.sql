-- CreateTable
CREATE TABLE "Finding" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "quote" TEXT NOT NULL,
    "anchor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FindingActor" (
    "findingId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,

    PRIMARY KEY ("findingId", "actor"),
    CONSTRAINT "FindingActor_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CountryToFinding" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_CountryToFinding_A_fkey" FOREIGN KEY ("A") REFERENCES "Country" ("code") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CountryToFinding_B_fkey" FOREIGN KEY ("B") REFERENCES "Finding" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DealToFinding" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_DealToFinding_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DealToFinding_B_fkey" FOREIGN KEY ("B") REFERENCES "Finding" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_FindingToInstrument" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_FindingToInstrument_A_fkey" FOREIGN KEY ("A") REFERENCES "Finding" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_FindingToInstrument_B_fkey" FOREIGN KEY ("B") REFERENCES "Instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_FindingToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_FindingToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Finding" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_FindingToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Finding_slug_key" ON "Finding"("slug");

-- CreateIndex
CREATE INDEX "Finding_position_idx" ON "Finding"("position");

-- CreateIndex
CREATE INDEX "FindingActor_actor_idx" ON "FindingActor"("actor");

-- CreateIndex
CREATE UNIQUE INDEX "_CountryToFinding_AB_unique" ON "_CountryToFinding"("A", "B");

-- CreateIndex
CREATE INDEX "_CountryToFinding_B_index" ON "_CountryToFinding"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_DealToFinding_AB_unique" ON "_DealToFinding"("A", "B");

-- CreateIndex
CREATE INDEX "_DealToFinding_B_index" ON "_DealToFinding"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_FindingToInstrument_AB_unique" ON "_FindingToInstrument"("A", "B");

-- CreateIndex
CREATE INDEX "_FindingToInstrument_B_index" ON "_FindingToInstrument"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_FindingToRecommendation_AB_unique" ON "_FindingToRecommendation"("A", "B");

-- CreateIndex
CREATE INDEX "_FindingToRecommendation_B_index" ON "_FindingToRecommendation"("B");
