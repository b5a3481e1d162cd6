-- AlterTable
ALTER TABLE "journey_customer_summary" ADD COLUMN     "availabilityAt" TIMESTAMPTZ(3),
ADD COLUMN     "depositAt" TIMESTAMPTZ(3),
ADD COLUMN     "financeAt" TIMESTAMPTZ(3),
ADD COLUMN     "holdAt" TIMESTAMPTZ(3),
ADD COLUMN     "saveAt" TIMESTAMPTZ(3);

-- Backfill the customers summarised before these columns existed (the rollup job only
-- recomputes the customers active on the days it rolls up).
UPDATE "journey_customer_summary" s SET
  "saveAt" = x.save_at, "availabilityAt" = x.availability_at, "financeAt" = x.finance_at,
  "holdAt" = x.hold_at, "depositAt" = x.deposit_at
FROM (
  SELECT "userId",
    min("occurredAt") FILTER (WHERE step = 'save') AS save_at,
    min("occurredAt") FILTER (WHERE step = 'availability') AS availability_at,
    min("occurredAt") FILTER (WHERE step = 'finance') AS finance_at,
    min("occurredAt") FILTER (WHERE step = 'hold') AS hold_at,
    min("occurredAt") FILTER (WHERE step = 'deposit') AS deposit_at
  FROM "journey_event" WHERE "userId" IS NOT NULL GROUP BY "userId"
) x WHERE x."userId" = s."userId";
