import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { enqueueJob } from './jobs/boss';

/**
 * A guest's saved things follow them when they sign up or sign in: one identity per customer.
 * Runs before Better Auth deletes the anonymous user, so nothing is lost on the way: saved
 * configurations, holds, the test drives the guest booked, their chat conversations and financing simulations (access to a drive follows the
 * identity that booked it, never the driver's e-mail).
 *
 * One active hold per holder is a database rule (vehicle_hold_one_active_per_holder): when both
 * the guest and the account hold a vehicle, the newest hold is kept and the other released.
 * One scheduled drive at a time per buyer is another (test_drive_buyer_no_overlap): of two drives
 * at the same time, the later-booked is cancelled and its driver told by e-mail (the test-drives
 * module writes it: a job queued after the commit, and its sweep should the queueing fail).
 *
 * It lives beside the auth set-up (lib/auth.ts calls it) rather than in a module: lib/ sits below
 * every module, and the merge is identity plumbing that lists each table holding a user's things.
 * A new table that belongs to a user gets its line here (journey_event included).
 */
export async function mergeGuestIntoAccount(db: PrismaClient, guestUserId: string, accountUserId: string, now: Date = new Date()): Promise<void> {
  if (guestUserId === accountUserId) return;
  const cancelledDrives = await db.$transaction(async (tx) => {
    await tx.savedConfiguration.updateMany({ where: { ownerId: guestUserId }, data: { ownerId: accountUserId } });
    const duplicates = await cancelDuplicateDrives(tx, guestUserId, accountUserId, now);
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
    return duplicates;
  });
  // Now rather than at the test-drive workers' next sweep, which sends it anyway if this fails.
  for (const driveId of cancelledDrives) {
    try {
      await enqueueJob('test-drive.duplicate-cancelled', { driveId }, { singletonKey: driveId });
    } catch (error) {
      console.error('[guest-merge] could not queue a duplicate-drive notice; the sweep will send it', error);
    }
  }
}

/** The mark of a drive cancelled as the same buyer's duplicate, until its driver is told (modules/test-drives, notify.ts). */
export const DUPLICATE_BOOKING = 'duplicate_booking';

/**
 * The guest's and the account's scheduled drives, in booking order: each is kept unless it
 * overlaps one already kept (so of A–B–C overlapping in a chain only B goes). Returns the ids
 * cancelled. A buyer's own drives never overlap each other: only the two sets can.
 */
async function cancelDuplicateDrives(tx: Prisma.TransactionClient, guestUserId: string, accountUserId: string, now: Date): Promise<string[]> {
  const drives = await tx.testDrive.findMany({
    where: { buyerUserId: { in: [guestUserId, accountUserId] }, status: 'scheduled' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, startsAt: true, endsAt: true },
  });
  const kept: typeof drives = [];
  const duplicates: string[] = [];
  for (const drive of drives) {
    if (kept.some((k) => k.startsAt < drive.endsAt && drive.startsAt < k.endsAt)) duplicates.push(drive.id);
    else kept.push(drive);
  }
  if (duplicates.length > 0) await tx.testDrive.updateMany({ where: { id: { in: duplicates } }, data: { status: 'cancelled', cancelledAt: now, cancelReason: DUPLICATE_BOOKING } });
  return duplicates;
}
