import 'server-only';
import { NextResponse } from 'next/server';
import { AppError, errorBody, toAppError } from '@/lib/errors';
import { getViewer } from '@/lib/session';
import { actorFromViewer, type Actor } from './access';

// Left only for POST /api/test-drives/bookings, which another change moves to apiRoute
// (lib/http/route.ts); delete this file once nothing imports it.

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
