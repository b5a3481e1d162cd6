import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { cancelHold } from '@/modules/availability/server';

export const dynamic = 'force-dynamic';

/** DELETE /api/holds/:id: the holder releases their hold (404 for anyone else's). */
export const DELETE = apiRoute({ name: 'holds.release', params: z.object({ id: z.string().min(1).max(64) }) }, async ({ viewer, params }) => {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'No visitor identity.');
  await cancelHold(params.id, viewer.id);
  return new Response(null, { status: 204 });
});
