import 'server-only';
import { AppError } from '@/lib/errors';
import type { Role, Viewer } from '@/lib/session';

/** Who is acting: a viewer (signed in or guest) turned into plain data the services check. */
export type Actor = { userId: string | null; role: Role | 'guest'; dealershipId: string | null; email?: string };

export function actorFromViewer(viewer: Viewer | null): Actor {
  if (!viewer) return { userId: null, role: 'guest', dealershipId: null };
  if (viewer.isGuest) return { userId: viewer.id, role: 'guest', dealershipId: null };
  return { userId: viewer.id, role: viewer.role, dealershipId: viewer.dealershipId, email: viewer.email };
}

/** The system itself (jobs, signed links already verified). */
export const SYSTEM_ACTOR: Actor = { userId: null, role: 'admin', dealershipId: null };

export const isAdvisorLike = (actor: Actor) => actor.role === 'advisor' || actor.role === 'admin';
export const isDealerUser = (actor: Actor) => actor.role === 'dealer_staff' || actor.role === 'dealer_manager';
export const isBuyer = (actor: Actor) => actor.role === 'customer' || actor.role === 'guest';
/** May act for a buyer (book on their behalf, look up their drives). */
export const isStaffActor = (actor: Actor) => isAdvisorLike(actor) || isDealerUser(actor);

export function assertDealershipAccess(actor: Actor, dealershipId: string): void {
  if (isAdvisorLike(actor)) return;
  if (isDealerUser(actor) && actor.dealershipId === dealershipId) return;
  throw new AppError('FORBIDDEN', 'This dealership is not yours.', { reason: 'FORBIDDEN' });
}

export function assertStaff(actor: Actor): void {
  if (!isStaffActor(actor)) throw new AppError(actor.userId && actor.role !== 'guest' ? 'FORBIDDEN' : 'UNAUTHENTICATED', 'Staff only.');
}

type OwnedDrive = { dealershipId: string; buyerUserId: string | null };

/**
 * A buyer sees a drive only through the identity that booked it (their guest identity follows
 * them into their account, see mergeGuestIntoAccount). Never by the driver's e-mail: anyone can
 * sign up with any address, so matching on it handed the drive (licence, birth date, address) to
 * whoever registered that address first.
 */
export function canSeeDrive(actor: Actor, drive: OwnedDrive): boolean {
  if (isAdvisorLike(actor)) return true;
  if (isDealerUser(actor)) return actor.dealershipId === drive.dealershipId;
  return actor.userId !== null && drive.buyerUserId === actor.userId;
}

export function assertDriveAccess(actor: Actor, drive: OwnedDrive): void {
  // NOT_FOUND rather than FORBIDDEN, for buyers and other dealerships' staff alike: the answer
  // must not reveal that a drive with this id exists.
  if (canSeeDrive(actor, drive)) return;
  throw new AppError('NOT_FOUND', 'Test drive not found.', { reason: 'DRIVE_NOT_FOUND' });
}
