-- The balance of an order, paid to the dealership before the handover and recorded by its staff.
ALTER TYPE "PaymentKind" ADD VALUE 'balance';
ALTER TABLE "payment" ADD COLUMN "method" VARCHAR(32);
ALTER TABLE "payment" ADD COLUMN "recordedBy" TEXT;
