import { bookDrive, ZBookDriveInput } from '@/modules/test-drives/server';
import { handleJson, readJson } from '@/modules/test-drives/server/http';

export const dynamic = 'force-dynamic';

/**
 * POST a booking (BookDriveInput). Buyers (guest or signed in) book for themselves on the web
 * channel; advisors/admins anywhere and dealer users for their dealership book on a buyer's
 * behalf with `channel` phone|chat|showroom, recorded as booked by them.
 */
export async function POST(request: Request) {
  return handleJson('bookings', async (actor) => {
    const booked = await bookDrive(actor, ZBookDriveInput.parse(await readJson(request)));
    return { data: booked, status: 201 };
  });
}
