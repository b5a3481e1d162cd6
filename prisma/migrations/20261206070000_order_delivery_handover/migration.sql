-- AlterTable
ALTER TABLE "dealership" ADD COLUMN     "handoverBays" INTEGER NOT NULL DEFAULT 2;

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "handoverKeys" INTEGER,
ADD COLUMN     "handoverMileageKm" INTEGER,
ADD COLUMN     "handoverRecordedBy" TEXT,
ADD COLUMN     "handoverSignedName" TEXT;

-- CreateTable
CREATE TABLE "handover_appointment" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "bay" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'booked',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "bayReadyAt" TIMESTAMPTZ(3) NOT NULL,
    "occupied" tstzrange GENERATED ALWAYS AS (tstzrange("startsAt", "endsAt", '[)')) STORED,
    "bayBusy" tstzrange GENERATED ALWAYS AS (tstzrange("startsAt", "bayReadyAt", '[)')) STORED,
    "bookedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "handover_appointment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "handover_appointment_orderId_key" ON "handover_appointment"("orderId");

-- CreateIndex
CREATE INDEX "handover_appointment_dealershipId_startsAt_idx" ON "handover_appointment"("dealershipId", "startsAt");

-- CreateIndex
CREATE INDEX "handover_appointment_staffId_startsAt_idx" ON "handover_appointment"("staffId", "startsAt");

-- AddForeignKey
ALTER TABLE "handover_appointment" ADD CONSTRAINT "handover_appointment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_appointment" ADD CONSTRAINT "handover_appointment_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_appointment" ADD CONSTRAINT "handover_appointment_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- No double booking of a handover, enforced by the database like test drives: a staff member and a
-- bay are never taken twice at the same instant by live handovers.
ALTER TABLE "handover_appointment" ADD CONSTRAINT "handover_staff_no_overlap"
  EXCLUDE USING gist ("staffId" WITH =, "occupied" WITH &&) WHERE ("status" <> 'cancelled');
ALTER TABLE "handover_appointment" ADD CONSTRAINT "handover_bay_no_overlap"
  EXCLUDE USING gist ("dealershipId" WITH =, "bay" WITH =, "bayBusy" WITH &&) WHERE ("status" <> 'cancelled');
ALTER TABLE "handover_appointment" ADD CONSTRAINT "handover_times_ordered"
  CHECK ("startsAt" < "endsAt" AND "endsAt" <= "bayReadyAt" AND "bay" >= 1 AND "status" IN ('booked', 'cancelled'));
ALTER TABLE "order" ADD CONSTRAINT "order_handover_record_sane"
  CHECK (("handoverMileageKm" IS NULL OR "handoverMileageKm" BETWEEN 0 AND 2000000) AND ("handoverKeys" IS NULL OR "handoverKeys" BETWEEN 1 AND 10));

-- One staff member, two kinds of booking in two tables: an exclusion constraint cannot span them,
-- so each insert or move takes a transaction-scoped lock on the staff member, then looks at the
-- other table. Two concurrent writers for one person queue on the lock, and the second one's
-- statement (READ COMMITTED, a fresh snapshot per statement) sees the first one's committed row.
-- The refusal uses the exclusion SQLSTATE (23P01), which both modules already report as SLOT_TAKEN.
CREATE FUNCTION "staff_booking_no_cross_overlap"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status"::text = 'cancelled' THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('staff-booking:' || NEW."staffId"));
  IF TG_TABLE_NAME = 'handover_appointment' THEN
    IF EXISTS (SELECT 1 FROM "test_drive" d WHERE d."staffId" = NEW."staffId" AND d."status" <> 'cancelled'
               AND d."occupied" && tstzrange(NEW."startsAt", NEW."endsAt", '[)')) THEN
      RAISE EXCEPTION 'staff member % is on a test drive at that time', NEW."staffId" USING ERRCODE = '23P01';
    END IF;
  ELSE
    IF EXISTS (SELECT 1 FROM "handover_appointment" h WHERE h."staffId" = NEW."staffId" AND h."status" <> 'cancelled'
               AND h."occupied" && tstzrange(NEW."occupiedStart", NEW."occupiedEnd", '[)')) THEN
      RAISE EXCEPTION 'staff member % is on a handover at that time', NEW."staffId" USING ERRCODE = '23P01';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "handover_staff_not_on_drive" BEFORE INSERT OR UPDATE OF "staffId", "startsAt", "endsAt", "status" ON "handover_appointment"
  FOR EACH ROW EXECUTE FUNCTION "staff_booking_no_cross_overlap"();
CREATE TRIGGER "drive_staff_not_on_handover" BEFORE INSERT OR UPDATE OF "staffId", "occupiedStart", "occupiedEnd", "status" ON "test_drive"
  FOR EACH ROW EXECUTE FUNCTION "staff_booking_no_cross_overlap"();
