-- One buyer, one test drive at a time. The constraint follows the identity that booked (the
-- buyer's account or guest identity), never the typed e-mail: keyed on the e-mail, anyone typing
-- someone else's address could probe whether that person drives at a given time.
--
-- Rows written before this rule could overlap: the later-booked of two overlapping scheduled
-- drives is cancelled with a reason, so the constraint can be added on any existing data.
UPDATE "test_drive" AS later
SET "status" = 'cancelled',
    "cancelledAt" = now(),
    "cancelReason" = 'Doublon : le même acheteur avait déjà un essai à cette heure-là.',
    "updatedAt" = now()
WHERE later."status" = 'scheduled'
  AND later."buyerUserId" IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM "test_drive" AS earlier
    WHERE earlier."buyerUserId" = later."buyerUserId"
      AND earlier."status" IN ('scheduled', 'checked_in', 'in_progress')
      AND (earlier."createdAt", earlier."id") < (later."createdAt", later."id")
      AND tstzrange(earlier."startsAt", earlier."endsAt", '[)') && tstzrange(later."startsAt", later."endsAt", '[)')
  );

-- Past drives (completed, no-show) and cancelled ones never block a booking.
ALTER TABLE "test_drive" ADD CONSTRAINT "test_drive_buyer_no_overlap"
  EXCLUDE USING gist ("buyerUserId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("buyerUserId" IS NOT NULL AND "status" IN ('scheduled', 'checked_in', 'in_progress'));
