import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError, errorBody, toAppError } from '@/lib/errors';
import { getViewer } from '@/lib/session';
import { DRIVE_KINDS } from '../types';
import { actorFromViewer, type Actor } from './access';

/** Runs a route handler body: JSON out, AppErrors as `{error:{code,reason,message}}` with their status. */
export async function handleJson(name: string, body: (actor: Actor) => Promise<{ data: unknown; status?: number }>): Promise<NextResponse> {
  try {
    const actor = actorFromViewer(await getViewer());
    const { data, status } = await body(actor);
    return NextResponse.json(data, { status: status ?? 200 });
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') console.error(`[api/test-drives/${name}]`, thrown);
    return NextResponse.json(errorBody(error), { status: error.status });
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError('BAD_REQUEST', 'The body must be JSON.', { reason: 'INVALID_JSON' });
  }
}

export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Query or body of a slot search (GET /slots, POST /proposals). */
export const ZSlotQuery = z
  .object({
    dealershipId: z.string().min(1).max(64),
    model: z.string().min(1).max(64),
    trim: z.string().min(1).max(64).optional(),
    powertrain: z.string().min(1).max(32).optional(),
    kind: z.enum(DRIVE_KINDS).default('showroom'),
    duration: z.coerce.number().int().default(45),
    from: localDate.optional(),
    to: localDate.optional(),
    street: z.string().trim().min(1).max(200).optional(),
    postalCode: z.string().trim().regex(/^\d{5}$/).optional(),
    city: z.string().trim().max(100).optional(),
    excludeDriveId: z.string().max(64).optional(),
  })
  .transform((q) => ({
    dealershipId: q.dealershipId,
    modelCode: q.model,
    trimCode: q.trim,
    powertrain: q.powertrain,
    kind: q.kind,
    durationMinutes: q.duration,
    fromDate: q.from,
    toDate: q.to,
    excludeDriveId: q.excludeDriveId,
    home: q.street && q.postalCode ? { street: q.street, postalCode: q.postalCode, city: q.city ?? '' } : undefined,
  }));
