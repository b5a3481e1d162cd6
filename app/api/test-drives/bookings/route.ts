import { apiRoute } from '@/lib/http/route';
import { BOOKING_LIMITS } from '@/lib/http/write-limits';
import { ensureViewer } from '@/lib/session';
import { actorFromViewer, bookDrive, ZBookDriveInput } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

/**
 * POST a booking (BookDriveInput) → `{data: {drive, manageUrl}}`. Buyers (guest or signed in)
 * book for themselves on the web channel, within BOOKING_LIMITS; an anonymous buyer gets a guest
 * identity only once the booking passed every check. Advisors/admins anywhere and dealer users
 * for their dealership book on a buyer's behalf with `channel` phone|chat|showroom. Send an
 * `Idempotency-Key` to retry safely after a lost reply.
 */
export const POST = apiRoute({ name: 'test-drives.bookings', body: ZBookDriveInput, limits: BOOKING_LIMITS, idempotent: true }, async ({ body, viewer }) => {
  const booked = await bookDrive(actorFromViewer(viewer), body, new Date(), async () => actorFromViewer(await ensureViewer()));
  return { data: booked, status: 201 };
});
