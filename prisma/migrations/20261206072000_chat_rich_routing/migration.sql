-- Rich messages the buyer acts on (financing offer, hold offer and the hold placed, order link) and attachments.
ALTER TYPE "ChatMessageKind" ADD VALUE 'financing';
ALTER TYPE "ChatMessageKind" ADD VALUE 'hold_offer';
ALTER TYPE "ChatMessageKind" ADD VALUE 'hold';
ALTER TYPE "ChatMessageKind" ADD VALUE 'order_link';
ALTER TYPE "ChatMessageKind" ADD VALUE 'attachment';

-- A conversation routed to a dealership's staff.
ALTER TABLE "chat_conversation" ADD COLUMN "dealershipId" TEXT, ADD COLUMN "routedAt" TIMESTAMP(3);
CREATE INDEX "chat_conversation_dealershipId_status_idx" ON "chat_conversation"("dealershipId", "status");
ALTER TABLE "chat_conversation" ADD CONSTRAINT "chat_conversation_dealershipId_fkey" FOREIGN KEY ("dealershipId") REFERENCES "dealership"("id") ON DELETE SET NULL ON UPDATE CASCADE;
