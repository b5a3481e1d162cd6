import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { AppError, toAppError } from '@/lib/errors';
import type { Actor } from './access';
import { bookDrive } from './booking';
import { createTestDealership, driver, recordEffects } from './test-world';

// Meaningful on PostgreSQL (VIRAGE_TEST_TARGET=postgres: a pool of 10 real connections racing);
// on PGlite the same assertions hold with the requests queued on its single backend.

const NOW = new Date('2026-12-01T08:00:00Z');
const SLOT = new Date('2026-12-03T09:00:00Z');
const ATTEMPTS = 200;
const guest: Actor = { userId: null, role: 'guest', dealershipId: null };

recordEffects();
afterAll(async () => {
  await pool().end();
});

type Outcome = { booked: number; slotTaken: number; errors: string[] };

/** Fires every request at once and sorts the answers: booked, SLOT_TAKEN, anything else. */
async function storm(dealershipId: string, starts: Date[]): Promise<Outcome> {
  const results = await Promise.allSettled(starts.map((start) => bookDrive(guest, { dealershipId, modelCode: 'horizon', kind: 'showroom', start, driver: driver() }, NOW)));
  const outcome: Outcome = { booked: 0, slotTaken: 0, errors: [] };
  for (const r of results) {
    if (r.status === 'fulfilled') outcome.booked++;
    else if (r.reason instanceof AppError && r.reason.reason === 'SLOT_TAKEN') outcome.slotTaken++;
    else outcome.errors.push(`${toAppError(r.reason).status} ${String(r.reason)}`);
  }
  return outcome;
}

async function overlapCount(dealershipId: string): Promise<number> {
  const overlaps = await pool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM test_drive a JOIN test_drive b ON a.id < b.id AND a.status <> 'cancelled' AND b.status <> 'cancelled'
     AND (a."carId" = b."carId" AND a."carBusy" && b."carBusy" OR a."staffId" = b."staffId" AND a.occupied && b.occupied) WHERE a."dealershipId" = $1`,
    [dealershipId],
  );
  return overlaps.rows[0]?.n ?? -1;
}

describe('200 simultaneous requests for the last car of a slot', () => {
  it('gives it to exactly one; the others get SLOT_TAKEN; no overlap in the table', async () => {
    const world = await createTestDealership({ cars: 1, specialists: 3 });
    const outcome = await storm(world.dealershipId, Array.from({ length: ATTEMPTS }, () => SLOT));
    expect(outcome).toEqual({ booked: 1, slotTaken: ATTEMPTS - 1, errors: [] });
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId } })).toBe(1);
    expect(await overlapCount(world.dealershipId)).toBe(0);
  });
});

describe('simultaneous requests spread over the free cars and staff', () => {
  const CARS = 6;

  it(`N requests at one start with N free cars: N booked, none refused, no error`, async () => {
    const world = await createTestDealership({ cars: CARS, specialists: CARS + 2 });
    const outcome = await storm(world.dealershipId, Array.from({ length: CARS }, () => SLOT));
    expect(outcome).toEqual({ booked: CARS, slotTaken: 0, errors: [] });
    const cars = await db.testDrive.findMany({ where: { dealershipId: world.dealershipId }, select: { carId: true, staffId: true } });
    expect(new Set(cars.map((c) => c.carId)).size).toBe(CARS);
    expect(new Set(cars.map((c) => c.staffId)).size).toBe(CARS);
  });

  it('N + 2 requests at one start: exactly N booked and 2 SLOT_TAKEN', async () => {
    const world = await createTestDealership({ cars: CARS, specialists: CARS + 2 });
    const outcome = await storm(world.dealershipId, Array.from({ length: CARS + 2 }, () => SLOT));
    expect(outcome).toEqual({ booked: CARS, slotTaken: 2, errors: [] });
    expect(await overlapCount(world.dealershipId)).toBe(0);
  });

  it('N requests at each of several start times at once: every one booked (cars are locked per drive, not per day)', async () => {
    const world = await createTestDealership({ cars: CARS, specialists: CARS + 2 });
    // Hourly starts: a 45-minute drive plus 15 minutes of preparation frees the car for the next hour.
    const starts = Array.from({ length: 8 }, (_, h) => new Date(Date.UTC(2026, 11, 3, 8 + h)));
    const outcome = await storm(world.dealershipId, starts.flatMap((start) => Array.from({ length: CARS }, () => start)));
    expect(outcome).toEqual({ booked: CARS * starts.length, slotTaken: 0, errors: [] });
    expect(await overlapCount(world.dealershipId)).toBe(0);
  });
});
