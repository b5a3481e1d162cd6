-- One balance received per order, and one refund of it: a double click or two staff members at
-- once record it once. (A migration of its own: a new enum value cannot be used in the migration
-- that adds it.)
CREATE UNIQUE INDEX "payment_one_balance_per_order" ON "payment" ("orderId") WHERE "kind" = 'balance' AND "status" = 'succeeded';
CREATE UNIQUE INDEX "payment_one_balance_refund_per_order" ON "payment" ("orderId") WHERE "kind" = 'refund' AND "provider" = 'dealership';
