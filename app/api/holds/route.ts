import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { AppError, errorBody, toAppError } from '@/lib/errors';
import { ensureViewer, getViewer } from '@/lib/session';
import { holdsOf, placeHold } from '@/modules/availability/server/service';

export const dynamic = 'force-dynamic';

const ZBody = z.strictObject({ vehicleId: z.string().min(1).max(64) });

/** POST /api/holds {vehicleId}: hold a stock vehicle for the visitor (a guest identity is created if needed). 409 when taken. */
export async function POST(request: NextRequest) {
  try {
    const body = ZBody.parse(await request.json().catch(() => {
      throw new AppError('BAD_REQUEST', 'The body must be JSON.');
    }));
    const viewer = await ensureViewer();
    const hold = await placeHold(body.vehicleId, viewer.id);
    return NextResponse.json({ data: hold }, { status: 201 });
  } catch (thrown) {
    const error = toAppError(thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}

/** GET /api/holds: the visitor's active holds. */
export async function GET() {
  try {
    const viewer = await getViewer();
    return NextResponse.json({ data: viewer ? await holdsOf(viewer.id) : [] });
  } catch (thrown) {
    const error = toAppError(thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}
