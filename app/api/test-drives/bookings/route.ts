import { apiRoute } from '@/lib/http/route';
import { actorFromViewer, bookDrive, ZBookDriveInput } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

/**
 * POST a booking (BookDriveInput). Buyers (guest or signed in) book for themselves on the web
 * channel; advisors/admins anywhere and dealer users for their dealership book on a buyer's
 * behalf with `channel` phone|chat|showroom, recorded as booked by them. Send an
 * `Idempotency-Key` to retry safely after a lost reply.
 */
export const POST = apiRoute({ name: 'test-drives.bookings', body: ZBookDriveInput, idempotent: true }, async ({ body, viewer }) => ({
  data: await bookDrive(actorFromViewer(viewer), body),
  status: 201,
}));
