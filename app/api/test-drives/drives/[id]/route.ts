import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { zInstant } from '@/modules/test-drives';
import { actorFromViewer, cancelDrive, getDriveForActor, moveDrive } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

const ZParams = z.object({ id: z.string().min(1).max(64) });

/** GET → the drive, if the viewer may see it (404 otherwise, whether it exists or not). */
export const GET = apiRoute({ name: 'test-drives.drive.get', params: ZParams }, async ({ viewer, params }) => ({
  data: { drive: await getDriveForActor(actorFromViewer(viewer), params.id) },
}));

const ZMove = z.strictObject({ start: zInstant(), carId: z.string().max(64).optional(), staffId: z.string().max(64).optional() });

/** PATCH {start[, carId, staffId]} → the drive moved (new manage link). */
export const PATCH = apiRoute({ name: 'test-drives.drive.move', params: ZParams, body: ZMove }, async ({ viewer, params, body }) => ({
  data: await moveDrive(actorFromViewer(viewer), params.id, body),
}));

const ZCancel = z.object({ reason: z.string().trim().max(500, 'The reason must not exceed 500 characters.').optional() });

/** DELETE [?reason=] → the drive cancelled. */
export const DELETE = apiRoute({ name: 'test-drives.drive.cancel', params: ZParams, query: ZCancel }, async ({ viewer, params, query }) => ({
  data: { drive: await cancelDrive(actorFromViewer(viewer), params.id, query.reason) },
}));
