-- btree_gist: exclusion constraints on (resource, time range) that prevent double bookings.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('customer', 'advisor', 'dealer_staff', 'dealer_manager', 'admin');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('sales_advisor', 'product_specialist');

-- CreateEnum
CREATE TYPE "StockStatus" AS ENUM ('in_stock', 'in_transit', 'reserved', 'sold');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'kept', 'failed');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "isAnonymous" BOOLEAN DEFAULT false,
    "role" "Role" NOT NULL DEFAULT 'customer',
    "locale" TEXT,
    "dealershipId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dealership" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
    "openingHours" JSONB NOT NULL,
    "closures" TEXT[],
    "homeDriveRadiusKm" INTEGER NOT NULL,
    "prepBufferMinutes" INTEGER NOT NULL DEFAULT 15,
    "minNoticeMinutes" INTEGER NOT NULL DEFAULT 120,
    "horizonDays" INTEGER NOT NULL DEFAULT 60,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dealership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff" (
    "id" TEXT NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "workingHours" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "car_model" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "car_model_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "trim" (
    "modelCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "energy" TEXT NOT NULL,
    "basePriceCents" INTEGER NOT NULL,

    CONSTRAINT "trim_pkey" PRIMARY KEY ("modelCode","code")
);

-- CreateTable
CREATE TABLE "stock_vehicle" (
    "id" TEXT NOT NULL,
    "vin" TEXT NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "modelCode" TEXT NOT NULL,
    "trimCode" TEXT NOT NULL,
    "paintCode" TEXT NOT NULL,
    "wheelsCode" TEXT NOT NULL,
    "interiorCode" TEXT NOT NULL,
    "options" TEXT[],
    "packs" TEXT[],
    "priceCents" INTEGER NOT NULL,
    "status" "StockStatus" NOT NULL DEFAULT 'in_stock',
    "arrivesOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stock_vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demo_car" (
    "id" TEXT NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "modelCode" TEXT NOT NULL,
    "trimCode" TEXT NOT NULL,
    "plate" TEXT NOT NULL,
    "displayOnly" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "demo_car_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_configuration" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "ownerId" TEXT,
    "modelCode" TEXT NOT NULL,
    "title" TEXT,
    "configuration" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_configuration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "attachments" JSONB,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "dealership_code_key" ON "dealership"("code");

-- CreateIndex
CREATE UNIQUE INDEX "staff_email_key" ON "staff"("email");

-- CreateIndex
CREATE INDEX "staff_dealershipId_idx" ON "staff"("dealershipId");

-- CreateIndex
CREATE UNIQUE INDEX "stock_vehicle_vin_key" ON "stock_vehicle"("vin");

-- CreateIndex
CREATE INDEX "stock_vehicle_modelCode_trimCode_status_idx" ON "stock_vehicle"("modelCode", "trimCode", "status");

-- CreateIndex
CREATE INDEX "stock_vehicle_dealershipId_idx" ON "stock_vehicle"("dealershipId");

-- CreateIndex
CREATE UNIQUE INDEX "demo_car_plate_key" ON "demo_car"("plate");

-- CreateIndex
CREATE INDEX "demo_car_dealershipId_modelCode_idx" ON "demo_car"("dealershipId", "modelCode");

-- CreateIndex
CREATE UNIQUE INDEX "saved_configuration_code_key" ON "saved_configuration"("code");

-- CreateIndex
CREATE INDEX "saved_configuration_ownerId_idx" ON "saved_configuration"("ownerId");

-- CreateIndex
CREATE INDEX "outbox_message_status_createdAt_idx" ON "outbox_message"("status", "createdAt");

-- CreateIndex
CREATE INDEX "outbox_message_to_idx" ON "outbox_message"("to");

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff" ADD CONSTRAINT "staff_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trim" ADD CONSTRAINT "trim_modelCode_fkey" FOREIGN KEY ("modelCode") REFERENCES "car_model"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_vehicle" ADD CONSTRAINT "stock_vehicle_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demo_car" ADD CONSTRAINT "demo_car_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_configuration" ADD CONSTRAINT "saved_configuration_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
