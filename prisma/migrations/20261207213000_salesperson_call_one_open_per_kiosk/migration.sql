-- AlterTable
ALTER TABLE "salesperson_call" ADD COLUMN "kioskId" VARCHAR(64);

-- One open call per kiosk: a double tap, or a second tap while the salesperson is on the way,
-- finds the call already raised instead of ringing the tablet twice.
CREATE UNIQUE INDEX "salesperson_call_one_open_per_kiosk" ON "salesperson_call" ("dealershipId", "kioskId") WHERE "handledAt" IS NULL AND "kioskId" IS NOT NULL;
