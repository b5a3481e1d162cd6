-- AlterTable
ALTER TABLE "idempotency_key" ADD COLUMN     "guestSetCookies" TEXT[] DEFAULT ARRAY[]::TEXT[];
