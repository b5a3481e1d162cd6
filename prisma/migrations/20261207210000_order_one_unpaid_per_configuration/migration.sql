-- One unpaid order per buyer and saved configuration: a buyer who comes back to the checkout
-- (the Back button, a second tab) and orders the same car again is shown the order already
-- waiting for its deposit instead of placing a second one. A stock car has its own rule
-- (order_one_live_per_vehicle).
--
-- Unpaid duplicates written before this rule: the newer ones are cancelled (no money was taken;
-- their deposit deadline would have cancelled them anyway).
UPDATE "order" AS newer
SET "status" = 'cancelled', "updatedAt" = now()
WHERE newer."status" = 'awaiting_payment' AND newer."kind" = 'factory'
  AND EXISTS (
    SELECT 1 FROM "order" AS older
    WHERE older."buyerId" = newer."buyerId" AND older."kind" = 'factory' AND older."status" = 'awaiting_payment'
      AND older."snapshot"->>'savedCode' = newer."snapshot"->>'savedCode'
      AND (older."createdAt", older."id") < (newer."createdAt", newer."id")
  );

CREATE UNIQUE INDEX "order_one_unpaid_per_configuration" ON "order" ("buyerId", ("snapshot"->>'savedCode'))
  WHERE "status" = 'awaiting_payment' AND "kind" = 'factory';
