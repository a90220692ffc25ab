-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authors" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" TEXT,
    "url" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Footnote" (
    "number" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "Footnote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "eu" BOOLEAN NOT NULL DEFAULT false,
    "nato" BOOLEAN NOT NULL DEFAULT false,
    "ip4" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "kind" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "countryCode" TEXT,
    "summary" TEXT,
    CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "system" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "cooperationType" TEXT NOT NULL,
    "partnerCountryCode" TEXT NOT NULL,
    "valueAmount" REAL,
    "valueCurrency" TEXT,
    "valueText" TEXT,
    "valueSourceId" INTEGER,
    "date" DATETIME,
    "datePrecision" TEXT,
    "year" INTEGER,
    "stage" TEXT NOT NULL,
    "localisation" BOOLEAN NOT NULL DEFAULT false,
    "technologyTransfer" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,
    "searchText" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deal_partnerCountryCode_fkey" FOREIGN KEY ("partnerCountryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_valueSourceId_fkey" FOREIGN KEY ("valueSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DealOrganisation" (
    "dealId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("dealId", "organisationId"),
    CONSTRAINT "DealOrganisation_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DealOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DealEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionKo" TEXT,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "DealEvent_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DealEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "acronym" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "owner" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "budgetAmount" REAL,
    "budgetCurrency" TEXT,
    "budgetText" TEXT,
    "budgetSourceId" INTEGER,
    "periodStart" INTEGER,
    "periodEnd" INTEGER,
    "thirdCountryTerms" TEXT NOT NULL,
    "accessLevel" TEXT NOT NULL,
    "accessNote" TEXT NOT NULL,
    "accessNoteKo" TEXT,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Instrument_budgetSourceId_fkey" FOREIGN KEY ("budgetSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,
    "stage" TEXT NOT NULL DEFAULT 'not-assessed',
    "lastReviewedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RecommendationActor" (
    "recommendationId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,

    PRIMARY KEY ("recommendationId", "actor"),
    CONSTRAINT "RecommendationActor_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recommendationId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "actor" TEXT NOT NULL,
    "targetDate" DATETIME,
    "doneAt" DATETIME,
    CONSTRAINT "Milestone_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "labelKo" TEXT,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "valueText" TEXT NOT NULL,
    "quote" TEXT,
    "year" INTEGER,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "KeyFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DealToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_DealToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DealToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DealToInstrument" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_DealToInstrument_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DealToInstrument_B_fkey" FOREIGN KEY ("B") REFERENCES "Instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DealToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_DealToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DealToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_InstrumentToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_InstrumentToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_InstrumentToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_InstrumentToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_InstrumentToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_InstrumentToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_RecommendationToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_RecommendationToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RecommendationToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ChallengeToInstrument" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ChallengeToInstrument_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ChallengeToInstrument_B_fkey" FOREIGN KEY ("B") REFERENCES "Instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ChallengeToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ChallengeToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ChallengeToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ChallengeToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ChallengeToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ChallengeToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ChallengeToDeal" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ChallengeToDeal_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ChallengeToDeal_B_fkey" FOREIGN KEY ("B") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "Footnote_sourceId_idx" ON "Footnote"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_countryCode_idx" ON "Organisation"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_slug_key" ON "Deal"("slug");

-- CreateIndex
CREATE INDEX "Deal_partnerCountryCode_idx" ON "Deal"("partnerCountryCode");

-- CreateIndex
CREATE INDEX "Deal_year_idx" ON "Deal"("year");

-- CreateIndex
CREATE INDEX "Deal_date_idx" ON "Deal"("date");

-- CreateIndex
CREATE INDEX "Deal_cooperationType_idx" ON "Deal"("cooperationType");

-- CreateIndex
CREATE INDEX "Deal_stage_idx" ON "Deal"("stage");

-- CreateIndex
CREATE INDEX "Deal_system_idx" ON "Deal"("system");

-- CreateIndex
CREATE INDEX "Deal_valueSourceId_idx" ON "Deal"("valueSourceId");

-- CreateIndex
CREATE INDEX "DealOrganisation_organisationId_idx" ON "DealOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "DealEvent_dealId_idx" ON "DealEvent"("dealId");

-- CreateIndex
CREATE INDEX "DealEvent_sourceId_idx" ON "DealEvent"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_code_key" ON "Instrument"("code");

-- CreateIndex
CREATE INDEX "Instrument_budgetSourceId_idx" ON "Instrument"("budgetSourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_number_key" ON "Recommendation"("number");

-- CreateIndex
CREATE INDEX "RecommendationActor_actor_idx" ON "RecommendationActor"("actor");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_recommendationId_slug_key" ON "Milestone"("recommendationId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_slug_key" ON "Challenge"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_number_key" ON "Challenge"("number");

-- CreateIndex
CREATE UNIQUE INDEX "KeyFigure_slug_key" ON "KeyFigure"("slug");

-- CreateIndex
CREATE INDEX "KeyFigure_sourceId_idx" ON "KeyFigure"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "_DealToSource_AB_unique" ON "_DealToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_DealToSource_B_index" ON "_DealToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_DealToInstrument_AB_unique" ON "_DealToInstrument"("A", "B");

-- CreateIndex
CREATE INDEX "_DealToInstrument_B_index" ON "_DealToInstrument"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_DealToRecommendation_AB_unique" ON "_DealToRecommendation"("A", "B");

-- CreateIndex
CREATE INDEX "_DealToRecommendation_B_index" ON "_DealToRecommendation"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_InstrumentToSource_AB_unique" ON "_InstrumentToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_InstrumentToSource_B_index" ON "_InstrumentToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_InstrumentToRecommendation_AB_unique" ON "_InstrumentToRecommendation"("A", "B");

-- CreateIndex
CREATE INDEX "_InstrumentToRecommendation_B_index" ON "_InstrumentToRecommendation"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_RecommendationToSource_AB_unique" ON "_RecommendationToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_RecommendationToSource_B_index" ON "_RecommendationToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ChallengeToInstrument_AB_unique" ON "_ChallengeToInstrument"("A", "B");

-- CreateIndex
CREATE INDEX "_ChallengeToInstrument_B_index" ON "_ChallengeToInstrument"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ChallengeToRecommendation_AB_unique" ON "_ChallengeToRecommendation"("A", "B");

-- CreateIndex
CREATE INDEX "_ChallengeToRecommendation_B_index" ON "_ChallengeToRecommendation"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ChallengeToSource_AB_unique" ON "_ChallengeToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_ChallengeToSource_B_index" ON "_ChallengeToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ChallengeToDeal_AB_unique" ON "_ChallengeToDeal"("A", "B");

-- CreateIndex
CREATE INDEX "_ChallengeToDeal_B_index" ON "_ChallengeToDeal"("B");
