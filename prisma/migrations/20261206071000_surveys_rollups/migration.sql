-- CreateEnum
CREATE TYPE "SurveyStep" AS ENUM ('order', 'handover', 'showroom_visit');

-- CreateTable
CREATE TABLE "survey_invitation" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "step" "SurveyStep" NOT NULL,
    "subjectRef" VARCHAR(64) NOT NULL,
    "dealershipId" TEXT,
    "modelCode" TEXT,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "nonce" VARCHAR(64) NOT NULL,
    "sent" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "csat" INTEGER,
    "nps" INTEGER,
    "comment" VARCHAR(2000),

    CONSTRAINT "survey_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_opt_out" (
    "email" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_opt_out_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "journey_daily_rollup" (
    "day" DATE NOT NULL,
    "dealershipId" TEXT NOT NULL DEFAULT '',
    "modelCode" TEXT NOT NULL DEFAULT '',
    "channel" "JourneyChannel" NOT NULL,
    "step" "JourneyStep" NOT NULL,
    "events" INTEGER NOT NULL,
    "customers" INTEGER NOT NULL,

    CONSTRAINT "journey_daily_rollup_pkey" PRIMARY KEY ("day","dealershipId","modelCode","channel","step")
);

-- CreateTable
CREATE TABLE "journey_customer_summary" (
    "userId" TEXT NOT NULL,
    "firstAt" TIMESTAMPTZ(3) NOT NULL,
    "lastAt" TIMESTAMPTZ(3) NOT NULL,
    "dealershipId" TEXT,
    "modelCode" TEXT,
    "path" TEXT NOT NULL,
    "configureAt" TIMESTAMPTZ(3),
    "testDriveAt" TIMESTAMPTZ(3),
    "orderAt" TIMESTAMPTZ(3),

    CONSTRAINT "journey_customer_summary_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "survey_invitation_answeredAt_dealershipId_idx" ON "survey_invitation"("answeredAt", "dealershipId");

-- CreateIndex
CREATE UNIQUE INDEX "survey_invitation_customerId_step_subjectRef_key" ON "survey_invitation"("customerId", "step", "subjectRef");

-- CreateIndex
CREATE INDEX "journey_daily_rollup_dealershipId_modelCode_day_idx" ON "journey_daily_rollup"("dealershipId", "modelCode", "day");

-- CreateIndex
CREATE INDEX "journey_customer_summary_firstAt_dealershipId_idx" ON "journey_customer_summary"("firstAt", "dealershipId");

-- CreateIndex
CREATE INDEX "journey_customer_summary_dealershipId_firstAt_idx" ON "journey_customer_summary"("dealershipId", "firstAt");

-- The scales, enforced by the database too (CSAT 1-5, NPS 0-10).
ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_csat_check" CHECK ("csat" IS NULL OR "csat" BETWEEN 1 AND 5);
ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_nps_check" CHECK ("nps" IS NULL OR "nps" BETWEEN 0 AND 10);
