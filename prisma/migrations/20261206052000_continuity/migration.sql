-- CreateEnum
CREATE TYPE "JourneyChannel" AS ENUM ('web', 'kiosk', 'showroom', 'chat', 'phone');

-- CreateEnum
CREATE TYPE "JourneyStep" AS ENUM ('configure', 'save', 'availability', 'finance', 'hold', 'order', 'deposit', 'documents', 'test_drive', 'chat', 'callback', 'survey');

-- CreateTable
CREATE TABLE "journey_event" (
    "id" TEXT NOT NULL,
    "channel" "JourneyChannel" NOT NULL,
    "step" "JourneyStep" NOT NULL,
    "dealershipId" TEXT,
    "modelCode" TEXT,
    "userId" TEXT,
    "staffUserId" TEXT,
    "essential" BOOLEAN NOT NULL DEFAULT true,
    "subjectRef" VARCHAR(64),
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journey_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_profile" (
    "userId" TEXT NOT NULL,
    "firstName" VARCHAR(100),
    "lastName" VARCHAR(100),
    "phone" VARCHAR(32),
    "street" VARCHAR(200),
    "postalCode" VARCHAR(10),
    "city" VARCHAR(100),
    "preferredDealershipId" TEXT,
    "contactByEmail" BOOLEAN NOT NULL DEFAULT false,
    "contactByPhone" BOOLEAN NOT NULL DEFAULT false,
    "contactBySms" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "customer_profile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "showroom_consent" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "requestedByUserId" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'lookup',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "codeExpiresAt" TIMESTAMP(3) NOT NULL,
    "customerId" TEXT,
    "grantedAt" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "showroom_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_lookup" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "dealershipId" TEXT,
    "customerId" TEXT,
    "method" VARCHAR(16) NOT NULL,
    "outcome" VARCHAR(32) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_lookup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "salesperson_call" (
    "id" TEXT NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "configuration" VARCHAR(2000),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledByUserId" TEXT,

    CONSTRAINT "salesperson_call_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "journey_event_userId_occurredAt_idx" ON "journey_event"("userId", "occurredAt");

-- CreateIndex
CREATE INDEX "journey_event_occurredAt_dealershipId_step_idx" ON "journey_event"("occurredAt", "dealershipId", "step");

-- CreateIndex
CREATE INDEX "journey_event_dealershipId_occurredAt_idx" ON "journey_event"("dealershipId", "occurredAt");

-- CreateIndex
CREATE INDEX "customer_profile_phone_idx" ON "customer_profile"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "showroom_consent_code_key" ON "showroom_consent"("code");

-- CreateIndex
CREATE INDEX "showroom_consent_customerId_dealershipId_idx" ON "showroom_consent"("customerId", "dealershipId");

-- CreateIndex
CREATE INDEX "staff_lookup_customerId_at_idx" ON "staff_lookup"("customerId", "at");

-- CreateIndex
CREATE INDEX "staff_lookup_staffUserId_at_idx" ON "staff_lookup"("staffUserId", "at");

-- CreateIndex
CREATE INDEX "salesperson_call_dealershipId_handledAt_createdAt_idx" ON "salesperson_call"("dealershipId", "handledAt", "createdAt");

-- AddForeignKey
ALTER TABLE "customer_profile" ADD CONSTRAINT "customer_profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
