-- CreateEnum
CREATE TYPE "OrderDocumentKind" AS ENUM ('identity', 'driving_licence', 'proof_of_address', 'payslip', 'bank_details');

-- CreateEnum
CREATE TYPE "OrderDocumentStatus" AS ENUM ('pending', 'accepted', 'rejected', 'replaced');

-- CreateTable
CREATE TABLE "stored_file" (
    "id" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_document" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "OrderDocumentKind" NOT NULL,
    "status" "OrderDocumentStatus" NOT NULL DEFAULT 'pending',
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "iban" TEXT,
    "uploadedBy" TEXT NOT NULL,
    "reviewedBy" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_signature_challenge" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "typedName" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_signature_challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_signature" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerEmail" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "clientAddress" TEXT NOT NULL,
    "userAgent" TEXT,
    "challengeId" TEXT NOT NULL,
    "formSha256" TEXT NOT NULL,
    "signedSha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,

    CONSTRAINT "order_signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_document_storageKey_key" ON "order_document"("storageKey");

-- CreateIndex
CREATE INDEX "order_document_orderId_kind_createdAt_idx" ON "order_document"("orderId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "order_signature_challenge_orderId_createdAt_idx" ON "order_signature_challenge"("orderId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "order_signature_orderId_key" ON "order_signature"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "order_signature_challengeId_key" ON "order_signature"("challengeId");

-- CreateIndex
CREATE UNIQUE INDEX "order_signature_storageKey_key" ON "order_signature"("storageKey");

-- AddForeignKey
ALTER TABLE "order_document" ADD CONSTRAINT "order_document_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_signature_challenge" ADD CONSTRAINT "order_signature_challenge_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_signature" ADD CONSTRAINT "order_signature_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one live upload per order and kind: a re-upload first marks the previous one "replaced".
CREATE UNIQUE INDEX "order_document_live_kind_key" ON "order_document"("orderId", "kind") WHERE "status" <> 'replaced';
