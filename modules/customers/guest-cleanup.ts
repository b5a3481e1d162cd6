import type { PrismaClient } from '@/generated/prisma/client';

/**
 * Guest identities are created on a visitor's first write; most visitors never come back. A guest
 * idle for `idleDays` (no user update and no session refreshed since) with nothing attached is
 * deleted, with its sessions (FK cascade). Attached means: a saved configuration, an active hold,
 * a test drive booked by or for it, or a conversation with the advisors still open (a buyer who
 * asked to be answered by e-mail or called back may not come back for weeks); a guest with any of
 * these is kept whatever its age. A closed conversation goes with the guest.
 * Released or expired holds of a deleted guest go with it (they are history of an abandoned
 * identity). One statement per batch, so something attached meanwhile keeps the guest.
 */
export const GUEST_CLEANUP_BATCH = 1_000;

export async function removeIdleGuests(db: PrismaClient, now: Date, idleDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - idleDays * 86_400_000);
  let removed = 0;
  for (;;) {
    const count = await db.$executeRaw`
      DELETE FROM "user" AS u
      WHERE u.id IN (
        SELECT g.id FROM "user" AS g
        WHERE g."isAnonymous" = true AND g."updatedAt" < ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM "session" AS s WHERE s."userId" = g.id AND s."updatedAt" >= ${cutoff})
          AND NOT EXISTS (SELECT 1 FROM "saved_configuration" AS c WHERE c."ownerId" = g.id)
          AND NOT EXISTS (SELECT 1 FROM "vehicle_hold" AS h WHERE h."holderId" = g.id AND h.status = 'active')
          AND NOT EXISTS (SELECT 1 FROM "test_drive" AS d WHERE d."buyerUserId" = g.id OR d."bookedByUserId" = g.id)
          AND NOT EXISTS (SELECT 1 FROM "chat_conversation" AS cc WHERE cc."ownerId" = g.id AND cc.status <> 'closed')
        LIMIT ${GUEST_CLEANUP_BATCH}
      )`;
    removed += count;
    if (count < GUEST_CLEANUP_BATCH) return removed;
  }
}
