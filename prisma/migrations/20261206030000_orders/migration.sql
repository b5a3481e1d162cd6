-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('awaiting_payment', 'deposit_paid', 'documents_checked', 'vehicle_allocated', 'in_production', 'in_transit', 'ready', 'handed_over', 'cancelled', 'withdrawn');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('factory', 'stock');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('click_collect', 'home');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('deposit', 'refund');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'succeeded', 'failed', 'expired');

-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "dealershipId" TEXT NOT NULL,
    "kind" "OrderKind" NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'awaiting_payment',
    "stockVehicleId" TEXT,
    "modelCode" TEXT NOT NULL,
    "trimCode" TEXT NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "depositCents" INTEGER NOT NULL,
    "deliveryMode" "DeliveryMode" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "buyerEmail" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "paymentDueAt" TIMESTAMP(3) NOT NULL,
    "depositPaidAt" TIMESTAMP(3),
    "handedOverAt" TIMESTAMP(3),
    "withdrawalEndsAt" TIMESTAMP(3),
    "returnRequestedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_event" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "fromStatus" "OrderStatus",
    "toStatus" "OrderStatus" NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "provider" TEXT NOT NULL,
    "providerRef" TEXT,
    "paymentIntentId" TEXT,
    "checkoutUrl" TEXT,
    "amountCents" INTEGER NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_event" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "paymentId" TEXT,
    "outcome" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_reference_key" ON "order"("reference");

-- CreateIndex
CREATE INDEX "order_buyerId_createdAt_idx" ON "order"("buyerId", "createdAt");

-- CreateIndex
CREATE INDEX "order_dealershipId_status_idx" ON "order"("dealershipId", "status");

-- CreateIndex
CREATE INDEX "order_status_paymentDueAt_idx" ON "order"("status", "paymentDueAt");

-- CreateIndex
CREATE INDEX "order_event_orderId_at_idx" ON "order_event"("orderId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "payment_providerRef_key" ON "payment"("providerRef");

-- CreateIndex
CREATE INDEX "payment_orderId_kind_idx" ON "payment"("orderId", "kind");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_stockVehicleId_fkey" FOREIGN KEY ("stockVehicleId") REFERENCES "stock_vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_event" ADD CONSTRAINT "order_event_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Two tabs or two buyers ordering one stock car: the second insert fails with 23505, whatever the
-- isolation level. Partial indexes are not expressible in the Prisma schema.
CREATE UNIQUE INDEX "order_one_live_per_vehicle" ON "order"("stockVehicleId") WHERE "status" NOT IN ('cancelled', 'withdrawn');

-- A double click on "pay" opens one payment session: at most one pending deposit per order.
CREATE UNIQUE INDEX "payment_one_open_deposit" ON "payment"("orderId") WHERE "kind" = 'deposit' AND "status" = 'pending';

-- One deposit collected per order, and one refund per collected payment, whatever the webhooks do.
CREATE UNIQUE INDEX "payment_one_paid_deposit" ON "payment"("orderId") WHERE "kind" = 'deposit' AND "status" = 'succeeded';
CREATE UNIQUE INDEX "payment_one_refund" ON "payment"("paymentIntentId") WHERE "kind" = 'refund';
