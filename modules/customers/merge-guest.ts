import type { PrismaClient } from '@/generated/prisma/client';

/**
 * A guest's saved things follow them when they sign up or sign in: one identity per customer.
 * Runs before Better Auth deletes the anonymous user, so nothing is lost on the way.
 */
export async function mergeGuestIntoAccount(db: PrismaClient, guestUserId: string, accountUserId: string): Promise<void> {
  if (guestUserId === accountUserId) return;
  await db.$transaction([
    db.savedConfiguration.updateMany({ where: { ownerId: guestUserId }, data: { ownerId: accountUserId } }),
    db.vehicleHold.updateMany({ where: { holderId: guestUserId }, data: { holderId: accountUserId } }),
  ]);
}
