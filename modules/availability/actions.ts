'use server';
import { z } from 'zod';
import { runAction, type ActionResult } from '@/lib/action';
import { enforceLimits, HOLD_LIMITS, requestClientAddress } from '@/lib/http/write-limits';
import { ensureViewer, getViewer } from '@/lib/session';
import { AppError } from '@/lib/errors';
import { cancelHold, placeHold } from './server/service';

const ZId = z.string().min(1).max(64);

export type HoldView = { id: string; vehicleId: string; expiresAt: string; releasedVehicleIds: string[] };

/** The same write as POST /api/holds, with the same limits. */
export async function reserveVehicleAction(vehicleId: unknown): Promise<ActionResult<HoldView>> {
  return runAction(async () => {
    const id = ZId.parse(vehicleId);
    const viewer = await getViewer();
    await enforceLimits(HOLD_LIMITS, { viewer, ip: await requestClientAddress() });
    const hold = await placeHold(id, viewer ? viewer.id : async () => (await ensureViewer()).id);
    return { id: hold.id, vehicleId: hold.vehicleId, expiresAt: hold.expiresAt.toISOString(), releasedVehicleIds: hold.releasedVehicleIds };
  });
}

export async function releaseHoldAction(holdId: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const id = ZId.parse(holdId);
    const viewer = await getViewer();
    if (!viewer) throw new AppError('NOT_FOUND', 'No such active hold.', { reason: 'HOLD_NOT_FOUND' });
    await cancelHold(id, viewer.id);
    return null;
  });
}
