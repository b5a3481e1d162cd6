-- One active hold per holder, as a database rule (the service already released the previous hold,
-- but 50 concurrent reservations by one guest left 10 active). Rows left by that race are closed
-- first, keeping each holder's newest hold, so the index can be built on an existing database.
UPDATE "vehicle_hold" AS h
SET "status" = 'released', "endedAt" = CURRENT_TIMESTAMP
WHERE h."status" = 'active'
  AND EXISTS (
    SELECT 1 FROM "vehicle_hold" AS newer
    WHERE newer."holderId" = h."holderId" AND newer."status" = 'active'
      AND (newer."createdAt" > h."createdAt" OR (newer."createdAt" = h."createdAt" AND newer."id" > h."id"))
  );

-- Not expressible in the Prisma schema (partial index), like vehicle_hold_one_active_per_vehicle.
CREATE UNIQUE INDEX "vehicle_hold_one_active_per_holder" ON "vehicle_hold"("holderId") WHERE "status" = 'active';
