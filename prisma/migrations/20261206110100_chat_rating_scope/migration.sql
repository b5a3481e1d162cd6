-- AlterTable
ALTER TABLE "chat_conversation" ADD COLUMN     "csatDealershipId" TEXT,
ADD COLUMN     "csatModelCode" TEXT;
