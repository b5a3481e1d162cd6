import { afterAll, describe, expect, it, vi } from 'vitest';
import { pool } from '@/lib/db';

// Input a script sends to find a 500: each must be a 4xx with a code, decided before any write.

vi.mock('@/lib/session', () => ({ getViewer: async () => null, ensureViewer: async () => null }));
const { POST: postBooking } = await import('@/app/api/test-drives/bookings/route');
const { PATCH: patchDrive } = await import('@/app/api/test-drives/drives/[id]/route');
const { POST: postChatHold } = await import('@/app/api/chat/conversations/[id]/hold/route');
const { POST: postChatSignal } = await import('@/app/api/chat/conversations/[id]/signal/route');
const { POST: postWebhook } = await import('@/app/api/payments/webhook/route');

afterAll(async () => {
  await pool().end();
});

const json = (method: string, path: string, body: unknown) =>
  new Request(`http://localhost:3000${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const errorOf = async (response: Response) => ({ status: response.status, ...((await response.json()) as { error: { code: string } }).error });

describe('hostile input gets a 4xx, never a 500', () => {
  it('a drive start past the calendar (the largest Date, year 275760, a number, null) is a validation error', async () => {
    const booking = { dealershipId: 'dlr_x', modelCode: 'horizon', kind: 'showroom', driver: {} };
    for (const start of [8_640_000_000_000_000, '+275760-09-13T00:00:00Z', '9999-12-31T23:00:00Z', null, true]) {
      expect(await errorOf(await postBooking(json('POST', '/api/test-drives/bookings', { ...booking, start })))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
      expect(await errorOf(await patchDrive(json('PATCH', '/api/test-drives/drives/drv_x', { start }), ctx({ id: 'drv_x' })))).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
    }
  });

  it('a message number past the database integer is refused, not sent to PostgreSQL', async () => {
    const hold = await postChatHold(json('POST', '/api/chat/conversations/cnv_x/hold', { seq: 3_000_000_000 }), ctx({ id: 'cnv_x' }));
    expect(await errorOf(hold)).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
    const read = await postChatSignal(json('POST', '/api/chat/conversations/cnv_x/signal', { kind: 'read', seq: 3_000_000_000 }), ctx({ id: 'cnv_x' }));
    expect(await errorOf(read)).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
  });

  it('the unauthenticated payment webhook stops reading an endless body at its bound (413)', async () => {
    let pulled = 0;
    // 16 MB: endless as far as the bound is concerned, finite so that a regression fails instead of eating the memory.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 16 * 1024 * 1024) return controller.close();
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(97));
      },
    });
    const request = new Request('http://localhost:3000/api/payments/webhook', { method: 'POST', headers: { 'stripe-signature': 't=1,v1=x' }, body: endless, duplex: 'half' } as RequestInit);
    expect(await errorOf(await postWebhook(request))).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(pulled).toBeLessThanOrEqual(512 * 1024);
  });
});
