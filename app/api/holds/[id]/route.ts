import { NextResponse } from 'next/server';
import { AppError, errorBody, toAppError } from '@/lib/errors';
import { getViewer } from '@/lib/session';
import { cancelHold } from '@/modules/availability/server/service';

export const dynamic = 'force-dynamic';

/** DELETE /api/holds/:id: the holder releases their hold. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const viewer = await getViewer();
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'No visitor identity.');
    await cancelHold(id.slice(0, 64), viewer.id);
    return new Response(null, { status: 204 });
  } catch (thrown) {
    const error = toAppError(thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}
