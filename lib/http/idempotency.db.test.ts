import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { db, pool } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';
import { createTestDealership, driver, recordEffects, type TestWorld } from '@/modules/test-drives/server/test-world';
import { IDEMPOTENCY_KEY_RETENTION_HOURS, pruneIdempotencyKeys } from './idempotency';
import { apiRoute } from './route';

// A client that lost the reply to a POST resends it with the same Idempotency-Key: it must get
// the first reply again, never a second booking.

let viewer: Viewer | null = null;
// An anonymous booking gets a guest identity from ensureViewer (created on the first accepted write).
const guest: Viewer = { id: 'usr_idem_guest', name: 'Guest', email: 'idem@guest.virage.invalid', role: 'customer', dealershipId: null, isGuest: true };
vi.mock('@/lib/session', () => ({
  getViewer: () => Promise.resolve(viewer),
  ensureViewer: () => Promise.resolve(viewer ?? guest),
  // The guest's cookie is covered with real sessions in write-limits.db.test.ts.
  capturingGuestSessions: async <T>(run: () => Promise<T>) => ({ result: await run(), guestSetCookies: [] }),
}));
const { POST: postBooking } = await import('@/app/api/test-drives/bookings/route');

recordEffects();
let world: TestWorld;
beforeAll(async () => {
  world = await createTestDealership({ cars: 2, specialists: 2 });
});
afterAll(async () => {
  await pool().end();
});

function post(url: string, body: unknown, key?: string): Request {
  return new Request(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
  });
}

function futureWeekday(hourUtc: number): string {
  const d = new Date(Date.now() + 14 * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || d.toISOString().startsWith('12-25', 5)) d.setUTCDate(d.getUTCDate() + 1);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
}

describe('Idempotency-Key on POST /api/test-drives/bookings', () => {
  it('the same key sent twice at once books one drive and both get the identical reply', async () => {
    viewer = null;
    const body = { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: futureWeekday(9), driver: driver() };
    const [a, b] = await Promise.all([
      postBooking(post('http://x/api/test-drives/bookings', body, 'retry-1')),
      postBooking(post('http://x/api/test-drives/bookings', body, 'retry-1')),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await a.text()).toBe(await b.text());
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId, driverEmail: body.driver.email } })).toBe(1);

    // A later retry (the reply was lost) replays it too, marked as a replay.
    const later = await postBooking(post('http://x/api/test-drives/bookings', body, 'retry-1'));
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBe('true');
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId, driverEmail: body.driver.email } })).toBe(1);

    // The same key with another body is a client bug: 422, nothing booked.
    const other = await postBooking(post('http://x/api/test-drives/bookings', { ...body, start: futureWeekday(13) }, 'retry-1'));
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ error: { reason: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId, driverEmail: body.driver.email } })).toBe(1);

    // Without a key, the second request is a new booking attempt: the same guest at the same time,
    // refused as their duplicate (one drive at a time per buyer).
    const again = await postBooking(post('http://x/api/test-drives/bookings', { ...body, driver: driver() }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { reason: 'BUYER_ALREADY_BOOKED' } });
  });

  it('keys are per client: another visitor with the same key is not given my reply', async () => {
    viewer = { id: 'usr_idem_a', name: 'A', email: 'a@example.org', role: 'customer', dealershipId: null, isGuest: false };
    const body = { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: futureWeekday(15), driver: driver() };
    expect((await postBooking(post('http://x/api/test-drives/bookings', body, 'shared-key'))).status).toBe(201);
    viewer = { id: 'usr_idem_b', name: 'B', email: 'b@example.org', role: 'customer', dealershipId: null, isGuest: false };
    const theirs = await postBooking(post('http://x/api/test-drives/bookings', { ...body, driver: driver() }, 'shared-key'));
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a malformed key', async () => {
    const body = { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: futureWeekday(16), driver: driver() };
    const response = await postBooking(post('http://x/api/test-drives/bookings', body, 'bad key with spaces'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { reason: 'IDEMPOTENCY_KEY_INVALID' } });
    expect(await db.testDrive.count({ where: { driverEmail: body.driver.email } })).toBe(0);
  });
});

describe('idempotent apiRoute', () => {
  it('a 5xx reply is not stored: the retry runs again; a 4xx reply is replayed', async () => {
    viewer = null;
    let calls = 0;
    let fail = true;
    const route = apiRoute({ name: 'test.idempotent', body: z.object({ n: z.number() }), idempotent: true }, ({ body }) => {
      calls++;
      if (fail) throw new Error('database went away');
      if (body.n < 0) throw new AppError('VALIDATION_FAILED', 'negative', { reason: 'NEGATIVE' });
      return Promise.resolve({ data: { n: body.n, calls }, status: 201 });
    });
    expect((await route(post('http://x/api/t', { n: 1 }, 'k-5xx'))).status).toBe(500);
    fail = false;
    const retried = await route(post('http://x/api/t', { n: 1 }, 'k-5xx'));
    expect(retried.status).toBe(201);
    expect(await retried.json()).toEqual({ data: { n: 1, calls: 2 } });

    expect((await route(post('http://x/api/t', { n: -1 }, 'k-4xx'))).status).toBe(422);
    const replayed = await route(post('http://x/api/t', { n: -1 }, 'k-4xx'));
    expect(replayed.status).toBe(422);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(calls).toBe(3);
  });
});

describe('idempotency key retention', () => {
  it('pruning forgets keys older than the retention and keeps younger ones', async () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    const scope = `test.prune|${Date.now()}`;
    await db.idempotencyKey.createMany({
      data: [
        { scope, key: 'old', fingerprint: 'a'.repeat(64), status: 201, body: '{}', createdAt: hoursAgo(IDEMPOTENCY_KEY_RETENTION_HOURS + 1) },
        { scope, key: 'young', fingerprint: 'b'.repeat(64), status: 201, body: '{}', createdAt: hoursAgo(IDEMPOTENCY_KEY_RETENTION_HOURS - 1) },
      ],
    });
    expect(await pruneIdempotencyKeys(now)).toBeGreaterThanOrEqual(1);
    const left = await db.idempotencyKey.findMany({ where: { scope }, select: { key: true } });
    expect(left.map((k) => k.key)).toEqual(['young']);
  });
});
