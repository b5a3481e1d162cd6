import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bookDrive } from './booking';
import { createTestDealership, driver, recordEffects } from './test-world';

// Meaningful on PostgreSQL (VIRAGE_TEST_TARGET=postgres: a pool of 10 real connections racing);
// on PGlite the same assertions hold with the requests queued on its single backend.

const NOW = new Date('2026-12-01T08:00:00Z');
const SLOT = new Date('2026-12-03T09:00:00Z');
const ATTEMPTS = 200;

recordEffects();
afterAll(async () => {
  await pool().end();
});

describe('200 simultaneous requests for the last car of a slot', () => {
  it('gives it to exactly one; the others get SLOT_TAKEN; no overlap in the table', async () => {
    const world = await createTestDealership({ cars: 1, specialists: 3 });
    const results = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, () => bookDrive({ userId: null, role: 'guest', dealershipId: null }, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: SLOT, driver: driver() }, NOW)),
    );
    const booked = results.filter((r) => r.status === 'fulfilled');
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(booked).toHaveLength(1);
    expect(refusals).toHaveLength(ATTEMPTS - 1);
    for (const refusal of refusals) expect(refusal).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_TAKEN' } satisfies Partial<AppError>);
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId } })).toBe(1);
    const overlaps = await pool().query(
      `SELECT count(*)::int AS n FROM test_drive a JOIN test_drive b ON a.id < b.id AND a.status <> 'cancelled' AND b.status <> 'cancelled'
       AND (a."carId" = b."carId" AND a."carBusy" && b."carBusy" OR a."staffId" = b."staffId" AND a.occupied && b.occupied) WHERE a."dealershipId" = $1`,
      [world.dealershipId],
    );
    expect(overlaps.rows[0]).toEqual({ n: 0 });
  });
});
