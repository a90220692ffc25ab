-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authors" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" TEXT,
    "url" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Footnote" (
    "number" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "Footnote_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "eu" BOOLEAN NOT NULL DEFAULT false,
    "nato" BOOLEAN NOT NULL DEFAULT false,
    "ip4" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "kind" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "countryCode" TEXT,
    "summary" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "system" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "cooperationType" TEXT NOT NULL,
    "partnerCountryCode" TEXT NOT NULL,
    "valueAmount" DOUBLE PRECISION,
    "valueCurrency" TEXT,
    "valueText" TEXT,
    "valueSourceId" INTEGER,
    "date" TIMESTAMP(3),
    "datePrecision" TEXT,
    "year" INTEGER,
    "stage" TEXT NOT NULL,
    "localisation" BOOLEAN NOT NULL DEFAULT false,
    "technologyTransfer" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,
    "searchText" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealOrganisation" (
    "dealId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "DealOrganisation_pkey" PRIMARY KEY ("dealId","organisationId")
);

-- CreateTable
CREATE TABLE "DealEvent" (
    "id" SERIAL NOT NULL,
    "dealId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionKo" TEXT,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "DealEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "acronym" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "owner" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "budgetAmount" DOUBLE PRECISION,
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
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,
    "stage" TEXT NOT NULL DEFAULT 'not-assessed',
    "lastReviewedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationActor" (
    "recommendationId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,

    CONSTRAINT "RecommendationActor_pkey" PRIMARY KEY ("recommendationId","actor")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "actor" TEXT NOT NULL,
    "targetDate" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "labelKo" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "valueText" TEXT NOT NULL,
    "quote" TEXT,
    "year" INTEGER,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "KeyFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "authorName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "milestoneId" INTEGER,
    "fromValue" TEXT,
    "toValue" TEXT,
    "note" TEXT NOT NULL,
    "evidenceUrl" TEXT,

    CONSTRAINT "HistoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DealToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DealToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DealToInstrument" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DealToInstrument_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DealToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DealToRecommendation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InstrumentToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_InstrumentToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InstrumentToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_InstrumentToRecommendation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RecommendationToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RecommendationToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ChallengeToInstrument" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ChallengeToInstrument_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ChallengeToRecommendation" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ChallengeToRecommendation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ChallengeToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ChallengeToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ChallengeToDeal" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ChallengeToDeal_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "Deal_valueSourceId_idx" ON "Deal"("valueSourceId");

-- CreateIndex
CREATE INDEX "Deal_facets_idx" ON "Deal"("retiredAt", "partnerCountryCode", "cooperationType", "year", "stage", "domain", "system", "localisation", "technologyTransfer", "valueCurrency", "valueAmount");

-- CreateIndex
CREATE INDEX "Deal_list_date_idx" ON "Deal"("retiredAt", "date" DESC, "title", "id");

-- CreateIndex
CREATE INDEX "Deal_list_title_idx" ON "Deal"("retiredAt", "title", "id");

-- CreateIndex
CREATE INDEX "DealOrganisation_organisationId_dealId_idx" ON "DealOrganisation"("organisationId", "dealId");

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
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "HistoryEntry_recommendationId_version_idx" ON "HistoryEntry"("recommendationId", "version");

-- CreateIndex
CREATE INDEX "HistoryEntry_at_idx" ON "HistoryEntry"("at");

-- CreateIndex
CREATE INDEX "HistoryEntry_userId_idx" ON "HistoryEntry"("userId");

-- CreateIndex
CREATE INDEX "HistoryEntry_milestoneId_idx" ON "HistoryEntry"("milestoneId");

-- CreateIndex
CREATE INDEX "_DealToSource_B_index" ON "_DealToSource"("B");

-- CreateIndex
CREATE INDEX "_DealToInstrument_B_index" ON "_DealToInstrument"("B");

-- CreateIndex
CREATE INDEX "_DealToRecommendation_B_index" ON "_DealToRecommendation"("B");

-- CreateIndex
CREATE INDEX "_InstrumentToSource_B_index" ON "_InstrumentToSource"("B");

-- CreateIndex
CREATE INDEX "_InstrumentToRecommendation_B_index" ON "_InstrumentToRecommendation"("B");

-- CreateIndex
CREATE INDEX "_RecommendationToSource_B_index" ON "_RecommendationToSource"("B");

-- CreateIndex
CREATE INDEX "_ChallengeToInstrument_B_index" ON "_ChallengeToInstrument"("B");

-- CreateIndex
CREATE INDEX "_ChallengeToRecommendation_B_index" ON "_ChallengeToRecommendation"("B");

-- CreateIndex
CREATE INDEX "_ChallengeToSource_B_index" ON "_ChallengeToSource"("B");

-- CreateIndex
CREATE INDEX "_ChallengeToDeal_B_index" ON "_ChallengeToDeal"("B");

-- AddForeignKey
ALTER TABLE "Footnote" ADD CONSTRAINT "Footnote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_partnerCountryCode_fkey" FOREIGN KEY ("partnerCountryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_valueSourceId_fkey" FOREIGN KEY ("valueSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealOrganisation" ADD CONSTRAINT "DealOrganisation_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealOrganisation" ADD CONSTRAINT "DealOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealEvent" ADD CONSTRAINT "DealEvent_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealEvent" ADD CONSTRAINT "DealEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instrument" ADD CONSTRAINT "Instrument_budgetSourceId_fkey" FOREIGN KEY ("budgetSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationActor" ADD CONSTRAINT "RecommendationActor_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyFigure" ADD CONSTRAINT "KeyFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToSource" ADD CONSTRAINT "_DealToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToSource" ADD CONSTRAINT "_DealToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToInstrument" ADD CONSTRAINT "_DealToInstrument_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToInstrument" ADD CONSTRAINT "_DealToInstrument_B_fkey" FOREIGN KEY ("B") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToRecommendation" ADD CONSTRAINT "_DealToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DealToRecommendation" ADD CONSTRAINT "_DealToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentToSource" ADD CONSTRAINT "_InstrumentToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentToSource" ADD CONSTRAINT "_InstrumentToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentToRecommendation" ADD CONSTRAINT "_InstrumentToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentToRecommendation" ADD CONSTRAINT "_InstrumentToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RecommendationToSource" ADD CONSTRAINT "_RecommendationToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RecommendationToSource" ADD CONSTRAINT "_RecommendationToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToInstrument" ADD CONSTRAINT "_ChallengeToInstrument_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToInstrument" ADD CONSTRAINT "_ChallengeToInstrument_B_fkey" FOREIGN KEY ("B") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToRecommendation" ADD CONSTRAINT "_ChallengeToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToRecommendation" ADD CONSTRAINT "_ChallengeToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToSource" ADD CONSTRAINT "_ChallengeToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToSource" ADD CONSTRAINT "_ChallengeToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToDeal" ADD CONSTRAINT "_ChallengeToDeal_A_fkey" FOREIGN KEY ("A") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChallengeToDeal" ADD CONSTRAINT "_ChallengeToDeal_B_fkey" FOREIGN KEY ("B") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
