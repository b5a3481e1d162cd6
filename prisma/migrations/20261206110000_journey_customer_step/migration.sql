-- CreateTable
CREATE TABLE "journey_customer_step" (
    "dealershipId" TEXT NOT NULL,
    "modelCode" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "channel" "JourneyChannel" NOT NULL,
    "step" "JourneyStep" NOT NULL,
    "firstAt" TIMESTAMPTZ(3) NOT NULL,
    "lastAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "journey_customer_step_pkey" PRIMARY KEY ("dealershipId","modelCode","userId","channel","step")
);

-- CreateIndex
CREATE INDEX "journey_customer_step_dealershipId_modelCode_lastAt_firstAt_idx" ON "journey_customer_step"("dealershipId", "modelCode", "lastAt", "firstAt", "step", "channel");

-- CreateIndex
CREATE INDEX "journey_customer_step_userId_idx" ON "journey_customer_step"("userId");
