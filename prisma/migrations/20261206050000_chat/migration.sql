-- CreateEnum
CREATE TYPE "ChatStatus" AS ENUM ('waiting', 'assigned', 'closed');

-- CreateEnum
CREATE TYPE "ChatFollowUp" AS ENUM ('live', 'email', 'callback');

-- CreateEnum
CREATE TYPE "ChatAuthorRole" AS ENUM ('buyer', 'advisor', 'system');

-- CreateEnum
CREATE TYPE "ChatMessageKind" AS ENUM ('text', 'configuration', 'slots', 'booking', 'callback_outcome', 'transfer', 'closed');

-- CreateTable
CREATE TABLE "chat_conversation" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" "ChatStatus" NOT NULL DEFAULT 'waiting',
    "advisorId" TEXT,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "buyerReadSeq" INTEGER NOT NULL DEFAULT 0,
    "advisorReadSeq" INTEGER NOT NULL DEFAULT 0,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "currentPage" TEXT,
    "contextAt" TIMESTAMP(3),
    "followUp" "ChatFollowUp" NOT NULL DEFAULT 'live',
    "contactEmail" TEXT,
    "callbackPhone" TEXT,
    "callbackAt" TIMESTAMP(3),
    "csatScore" INTEGER,
    "csatComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "chat_conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat_message" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "authorId" TEXT,
    "authorRole" "ChatAuthorRole" NOT NULL,
    "authorName" TEXT,
    "kind" "ChatMessageKind" NOT NULL DEFAULT 'text',
    "body" TEXT NOT NULL,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chat_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat_advisor_presence" (
    "advisorId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "maxConcurrent" INTEGER NOT NULL DEFAULT 4,

    CONSTRAINT "chat_advisor_presence_pkey" PRIMARY KEY ("advisorId")
);

-- CreateIndex
CREATE INDEX "chat_conversation_status_createdAt_idx" ON "chat_conversation"("status", "createdAt");

-- CreateIndex
CREATE INDEX "chat_conversation_ownerId_createdAt_idx" ON "chat_conversation"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "chat_conversation_advisorId_status_idx" ON "chat_conversation"("advisorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "chat_message_conversationId_seq_key" ON "chat_message"("conversationId", "seq");

-- AddForeignKey
ALTER TABLE "chat_conversation" ADD CONSTRAINT "chat_conversation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_conversation" ADD CONSTRAINT "chat_conversation_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_message" ADD CONSTRAINT "chat_message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "chat_conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_message" ADD CONSTRAINT "chat_message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_advisor_presence" ADD CONSTRAINT "chat_advisor_presence_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One open conversation per owner: two tabs opening the chat at once end with one conversation.
CREATE UNIQUE INDEX "chat_conversation_one_open_per_owner" ON "chat_conversation"("ownerId") WHERE "status" <> 'closed';

-- A drive booked from slots an advisor proposed in the chat records who proposed them.
ALTER TABLE "test_drive" ADD COLUMN "proposedByUserId" TEXT;
