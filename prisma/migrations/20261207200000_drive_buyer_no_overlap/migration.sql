-- One buyer, one scheduled test drive at a time. The constraint follows the identity that booked
-- (the buyer's account or guest identity), never the typed e-mail: keyed on the e-mail, anyone
-- typing someone else's address could probe whether that person drives at a given time.
--
-- Scheduled drives written before this rule could overlap. They are taken in booking order and
-- each one is kept unless it overlaps one already kept, so a chain A–B–C loses only B. A drive
-- cancelled here is marked 'duplicate_booking': the test-drive workers' sweep e-mails its driver
-- (a drive already past is only marked).
CREATE TEMP TABLE "kept_drive" ("buyer" TEXT NOT NULL, "span" tstzrange NOT NULL);

DO $$
DECLARE
  drive RECORD;
BEGIN
  FOR drive IN
    SELECT "id", "buyerUserId" AS buyer, tstzrange("startsAt", "endsAt", '[)') AS span
    FROM "test_drive"
    WHERE "status" = 'scheduled' AND "buyerUserId" IS NOT NULL
    ORDER BY "createdAt", "id"
  LOOP
    IF EXISTS (SELECT 1 FROM "kept_drive" AS k WHERE k."buyer" = drive.buyer AND k."span" && drive.span) THEN
      UPDATE "test_drive"
      SET "status" = 'cancelled', "cancelledAt" = now(), "cancelReason" = 'duplicate_booking', "updatedAt" = now()
      WHERE "id" = drive."id";
    ELSE
      INSERT INTO "kept_drive" VALUES (drive.buyer, drive.span);
    END IF;
  END LOOP;
END $$;

DROP TABLE "kept_drive";

-- Drives under way, past or cancelled never block a booking: the rule is about what is planned.
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_buyer_no_overlap"
  EXCLUDE USING gist ("buyerUserId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("buyerUserId" IS NOT NULL AND "status" = 'scheduled');
