-- CreateEnum
CREATE TYPE "TestDriveStatus" AS ENUM ('scheduled', 'checked_in', 'in_progress', 'completed', 'no_show', 'cancelled');

-- CreateEnum
CREATE TYPE "TestDriveKind" AS ENUM ('showroom', 'home');

-- CreateEnum
CREATE TYPE "BookingChannel" AS ENUM ('web', 'phone', 'chat', 'showroom');

-- AlterTable
ALTER TABLE "dealership" ADD COLUMN     "slotStepMinutes" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "test_drive" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "TestDriveStatus" NOT NULL DEFAULT 'scheduled',
    "kind" "TestDriveKind" NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "carId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "modelCode" TEXT NOT NULL,
    "trimCode" TEXT,
    "powertrain" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "travelBeforeMinutes" INTEGER NOT NULL DEFAULT 0,
    "travelAfterMinutes" INTEGER NOT NULL DEFAULT 0,
    "occupiedStart" TIMESTAMPTZ(3) NOT NULL,
    "occupiedEnd" TIMESTAMPTZ(3) NOT NULL,
    "carReadyAt" TIMESTAMPTZ(3) NOT NULL,
    "occupied" tstzrange GENERATED ALWAYS AS (tstzrange("occupiedStart", "occupiedEnd", '[)')) STORED,
    "carBusy" tstzrange GENERATED ALWAYS AS (tstzrange("occupiedStart", "carReadyAt", '[)')) STORED,
    "buyerUserId" TEXT,
    "driverFirstName" TEXT NOT NULL,
    "driverLastName" TEXT NOT NULL,
    "driverEmail" TEXT NOT NULL,
    "driverPhone" TEXT NOT NULL,
    "licenceNumber" TEXT NOT NULL,
    "licenceIssuedOn" DATE NOT NULL,
    "birthDate" DATE NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "homeStreet" TEXT,
    "homePostalCode" TEXT,
    "homeCity" TEXT,
    "homeLat" DOUBLE PRECISION,
    "homeLon" DOUBLE PRECISION,
    "homeDistanceKm" DOUBLE PRECISION,
    "bookedByUserId" TEXT,
    "channel" "BookingChannel" NOT NULL DEFAULT 'web',
    "buyerNote" TEXT,
    "manageTokenVersion" INTEGER NOT NULL DEFAULT 1,
    "manageNonce" TEXT NOT NULL,
    "reminder24hSentAt" TIMESTAMP(3),
    "reminder2hSentAt" TIMESTAMP(3),
    "rescheduledCount" INTEGER NOT NULL DEFAULT 0,
    "checkedInAt" TIMESTAMP(3),
    "licenceSeen" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "startMileageKm" INTEGER,
    "finishMileageKm" INTEGER,
    "finishNotes" TEXT,
    "noShowAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelledByUserId" TEXT,
    "cancelReason" TEXT,
    "surveySentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "test_drive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demo_car_maintenance" (
    "id" TEXT NOT NULL,
    "carId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demo_car_maintenance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_time_off" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_time_off_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "test_drive_survey" (
    "id" TEXT NOT NULL,
    "driveId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "test_drive_survey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "test_drive_reference_key" ON "test_drive"("reference");

-- CreateIndex
CREATE INDEX "test_drive_dealershipId_startsAt_idx" ON "test_drive"("dealershipId", "startsAt");

-- CreateIndex
CREATE INDEX "test_drive_driverEmail_idx" ON "test_drive"("driverEmail");

-- CreateIndex
CREATE INDEX "test_drive_buyerUserId_idx" ON "test_drive"("buyerUserId");

-- CreateIndex
CREATE INDEX "test_drive_carId_startsAt_idx" ON "test_drive"("carId", "startsAt");

-- CreateIndex
CREATE INDEX "test_drive_staffId_startsAt_idx" ON "test_drive"("staffId", "startsAt");

-- CreateIndex
CREATE INDEX "demo_car_maintenance_carId_startsAt_idx" ON "demo_car_maintenance"("carId", "startsAt");

-- CreateIndex
CREATE INDEX "staff_time_off_staffId_startsAt_idx" ON "staff_time_off"("staffId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "test_drive_survey_driveId_key" ON "test_drive_survey"("driveId");

-- AddForeignKey
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_carId_fkey" FOREIGN KEY ("carId") REFERENCES "demo_car"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demo_car_maintenance" ADD CONSTRAINT "demo_car_maintenance_carId_fkey" FOREIGN KEY ("carId") REFERENCES "demo_car"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_time_off" ADD CONSTRAINT "staff_time_off_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "test_drive_survey" ADD CONSTRAINT "test_drive_survey_driveId_fkey" FOREIGN KEY ("driveId") REFERENCES "test_drive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- No double booking, enforced by the database: a demo car (drive, travel and preparation) and a
-- staff member (drive and travel) are never taken twice at the same instant by active drives.
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_car_no_overlap"
  EXCLUDE USING gist ("carId" WITH =, "carBusy" WITH &&) WHERE ("status" <> 'cancelled');
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_staff_no_overlap"
  EXCLUDE USING gist ("staffId" WITH =, "occupied" WITH &&) WHERE ("status" <> 'cancelled');
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_times_ordered"
  CHECK ("startsAt" < "endsAt" AND "occupiedStart" <= "startsAt" AND "endsAt" <= "occupiedEnd" AND "occupiedEnd" <= "carReadyAt");
ALTER TABLE "test_drive_survey" ADD CONSTRAINT "test_drive_survey_score_range" CHECK ("score" BETWEEN 0 AND 10);
