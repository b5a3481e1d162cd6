-- CreateEnum
CREATE TYPE "HoldStatus" AS ENUM ('active', 'released', 'expired');

-- CreateTable
CREATE TABLE "vehicle_hold" (
    "id" TEXT NOT NULL,
    "vehicleId" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "status" "HoldStatus" NOT NULL DEFAULT 'active',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "vehicle_hold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "vehicle_hold_holderId_status_idx" ON "vehicle_hold"("holderId", "status");

-- CreateIndex
CREATE INDEX "vehicle_hold_status_expiresAt_idx" ON "vehicle_hold"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "vehicle_hold_vehicleId_idx" ON "vehicle_hold"("vehicleId");

-- AddForeignKey
ALTER TABLE "vehicle_hold" ADD CONSTRAINT "vehicle_hold_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "stock_vehicle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vehicle_hold" ADD CONSTRAINT "vehicle_hold_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Two buyers reserving the same vehicle at once: the second insert fails with 23505, whatever the
-- isolation level. Not expressible in the Prisma schema (partial index).
CREATE UNIQUE INDEX "vehicle_hold_one_active_per_vehicle" ON "vehicle_hold"("vehicleId") WHERE "status" = 'active';

-- Availability search: candidates of one model that can still be sold.
CREATE INDEX "stock_vehicle_available_by_model_idx" ON "stock_vehicle"("modelCode", "trimCode") WHERE "status" IN ('in_stock', 'in_transit');
