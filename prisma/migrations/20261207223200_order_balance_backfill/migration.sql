-- Orders handed over before the balance was recorded (20261207223000): the keys went with a car
-- the dealership considered paid, so the balance is recorded as received at the handover, and a
-- withdrawal after it pays the balance back too (L221-24). Method unknown (NULL).
INSERT INTO "payment" ("id", "orderId", "kind", "provider", "amountCents", "status", "createdAt", "updatedAt")
SELECT 'bal_' || o."id", o."id", 'balance', 'dealership',
       COALESCE((o."snapshot"->>'balanceDueCents')::int, GREATEST(0, o."totalCents" - o."depositCents")),
       'succeeded', COALESCE(o."handedOverAt", now()), now()
FROM "order" o
WHERE o."status" = 'handed_over'
  AND COALESCE((o."snapshot"->>'balanceDueCents')::int, GREATEST(0, o."totalCents" - o."depositCents")) > 0
  AND NOT EXISTS (SELECT 1 FROM "payment" p WHERE p."orderId" = o."id" AND p."kind" = 'balance' AND p."status" = 'succeeded');
