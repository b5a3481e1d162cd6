import type { PrismaClient } from '@/generated/prisma/client';
import { enqueueJob } from './jobs/boss';

/**
 * A guest's saved things follow them when they sign up or sign in: one identity per customer.
 * Runs before Better Auth deletes the anonymous user, so nothing is lost on the way: saved
 * configurations, holds, the test drives the guest booked, their chat conversations and financing simulations (access to a drive follows the
 * identity that booked it, never the driver's e-mail).
 *
 * One active hold per holder is a database rule (vehicle_hold_one_active_per_holder): when both
 * the guest and the account hold a vehicle, the newest hold is kept and the other released.
 * One drive at a time per buyer is another (test_drive_buyer_no_overlap): of two drives at the
 * same time, the later-booked is cancelled and its driver told by e-mail (a job, after the commit,
 * as the test-drives module writes that e-mail).
 *
 * It lives beside the auth set-up (lib/auth.ts calls it) rather than in a module: lib/ sits below
 * every module, and the merge is identity plumbing that lists each table holding a user's things.
 * A new table that belongs to a user gets its line here (journey_event included).
 */
export async function mergeGuestIntoAccount(db: PrismaClient, guestUserId: string, accountUserId: string, now: Date = new Date()): Promise<void> {
  if (guestUserId === accountUserId) return;
  const cancelledDrives = await db.$transaction(async (tx) => {
    await tx.savedConfiguration.updateMany({ where: { ownerId: guestUserId }, data: { ownerId: accountUserId } });
    const duplicates = await tx.$queryRaw<Array<{ id: string }>>`
      UPDATE test_drive AS later SET status = 'cancelled', "cancelledAt" = ${now}, "cancelReason" = 'duplicate_on_merge', "updatedAt" = now()
      WHERE later.status = 'scheduled' AND later."buyerUserId" IN (${guestUserId}, ${accountUserId})
        AND EXISTS (
          SELECT 1 FROM test_drive AS earlier
          WHERE earlier."buyerUserId" IN (${guestUserId}, ${accountUserId}) AND earlier."buyerUserId" <> later."buyerUserId"
            AND earlier.status IN ('scheduled', 'checked_in', 'in_progress')
            AND (earlier."createdAt", earlier.id) < (later."createdAt", later.id)
            AND tstzrange(earlier."startsAt", earlier."endsAt", '[)') && tstzrange(later."startsAt", later."endsAt", '[)'))
      RETURNING later.id`;
    await tx.testDrive.updateMany({ where: { buyerUserId: guestUserId }, data: { buyerUserId: accountUserId } });
    await tx.testDrive.updateMany({ where: { bookedByUserId: guestUserId }, data: { bookedByUserId: accountUserId } });
    await tx.testDrive.updateMany({ where: { cancelledByUserId: guestUserId }, data: { cancelledByUserId: accountUserId } });
    const active = await tx.vehicleHold.findMany({
      where: { holderId: { in: [guestUserId, accountUserId] }, status: 'active' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    const older = active.slice(1).map((hold) => hold.id);
    if (older.length > 0) await tx.vehicleHold.updateMany({ where: { id: { in: older } }, data: { status: 'released', endedAt: now } });
    await tx.vehicleHold.updateMany({ where: { holderId: guestUserId }, data: { holderId: accountUserId } });
    // The guest's touchpoints join the account's journey. An event whose job lands after this
    // merge (enqueued in the second before sign-in) keeps the guest id and stays anonymous.
    await tx.journeyEvent.updateMany({ where: { userId: guestUserId }, data: { userId: accountUserId } });
    // One open conversation per owner (chat_conversation_one_open_per_owner): the account's open
    // one stays open, the guest's is closed before both join the account, history kept.
    const accountOpen = await tx.chatConversation.count({ where: { ownerId: accountUserId, status: { not: 'closed' } } });
    if (accountOpen > 0) await tx.chatConversation.updateMany({ where: { ownerId: guestUserId, status: { not: 'closed' } }, data: { status: 'closed', closedAt: now } });
    await tx.chatConversation.updateMany({ where: { ownerId: guestUserId }, data: { ownerId: accountUserId } });
    // Financing simulations: one row per owner and link (financing_simulation_ownerId_params_key),
    // so a simulation both saved keeps the account's row.
    const mine = await tx.financingSimulation.findMany({ where: { ownerId: accountUserId }, select: { params: true } });
    if (mine.length > 0) await tx.financingSimulation.deleteMany({ where: { ownerId: guestUserId, params: { in: mine.map((m) => m.params) } } });
    await tx.financingSimulation.updateMany({ where: { ownerId: guestUserId }, data: { ownerId: accountUserId } });
    return duplicates.map((drive) => drive.id);
  });
  for (const driveId of cancelledDrives) await enqueueJob('test-drive.duplicate-cancelled', { driveId }, { singletonKey: driveId });
}
