import { z } from 'zod';
import { cancelDrive, getDriveForActor, moveDrive } from '@/modules/test-drives/server';
import { handleJson, readJson } from '@/modules/test-drives/server/http';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  return handleJson('drive', async (actor) => ({ data: { drive: await getDriveForActor(actor, id) } }));
}

const ZMove = z.object({ start: z.coerce.date(), carId: z.string().max(64).optional(), staffId: z.string().max(64).optional() });

/** PATCH {start[, carId, staffId]} → the drive moved (new manage link). */
export async function PATCH(request: Request, { params }: Context) {
  const { id } = await params;
  return handleJson('drive', async (actor) => ({ data: await moveDrive(actor, id, ZMove.parse(await readJson(request))) }));
}

const ZCancel = z.object({ reason: z.string().trim().max(500).optional() });

/** DELETE [?reason=] → the drive cancelled. */
export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  const reason = ZCancel.parse(Object.fromEntries(new URL(request.url).searchParams)).reason;
  return handleJson('drive', async (actor) => ({ data: { drive: await cancelDrive(actor, id, reason) } }));
}
