-- Orders handed over before the balance was recorded (20261207223000): the keys went with a car
-- the dealership considered paid, so the balance is recorded as received at the handover (method
-- unknown: NULL). Orders withdrawn after such a handover had only their deposit refunded: their
-- balance is to be paid back by the dealership too (Code de la consommation L221-24), pending until
-- staff confirm it. Idempotent: each insert skips an order that already has its row.
INSERT INTO "payment" ("id", "orderId", "kind", "provider", "amountCents", "status", "createdAt", "updatedAt")
SELECT 'bal_' || o."id", o."id", 'balance', 'dealership',
       COALESCE((o."snapshot"->>'balanceDueCents')::int, GREATEST(0, o."totalCents" - o."depositCents")),
       'succeeded', COALESCE(o."handedOverAt", now()), now()
FROM "order" o
WHERE o."handedOverAt" IS NOT NULL
  AND o."status" IN ('handed_over', 'withdrawn')
  AND COALESCE((o."snapshot"->>'balanceDueCents')::int, GREATEST(0, o."totalCents" - o."depositCents")) > 0
  AND NOT EXISTS (SELECT 1 FROM "payment" p WHERE p."orderId" = o."id" AND p."kind" = 'balance' AND p."status" = 'succeeded');

INSERT INTO "payment" ("id", "orderId", "kind", "provider", "amountCents", "status", "createdAt", "updatedAt")
SELECT 'balref_' || o."id", o."id", 'refund', 'dealership', b."amountCents", 'pending', now(), now()
FROM "order" o
JOIN "payment" b ON b."orderId" = o."id" AND b."kind" = 'balance' AND b."status" = 'succeeded'
WHERE o."status" = 'withdrawn'
  AND o."handedOverAt" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "payment" p WHERE p."orderId" = o."id" AND p."kind" = 'refund' AND p."provider" = 'dealership');
