-- CreateTable
CREATE TABLE "financing_simulation" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "params" VARCHAR(2000) NOT NULL,
    "modelCode" TEXT NOT NULL,
    "trimCode" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "cashDepositCents" INTEGER NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "annualMileageKm" INTEGER NOT NULL,
    "offers" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "financing_simulation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "financing_simulation_ownerId_createdAt_idx" ON "financing_simulation"("ownerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "financing_simulation_ownerId_params_key" ON "financing_simulation"("ownerId", "params");

-- AddForeignKey
ALTER TABLE "financing_simulation" ADD CONSTRAINT "financing_simulation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
