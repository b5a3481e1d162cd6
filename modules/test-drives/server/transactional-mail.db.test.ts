import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { toAppError, type AppError } from '@/lib/errors';
import type { Actor } from './access';
import { bookDrive, cancelDrive, moveDrive } from './booking';
import { createTestDealership, driver, recordEffects } from './test-world';

// A booking, a move or a cancellation and its e-mail are one transaction: when the outbox row
// cannot be written, the change is not made either, and the buyer's retry succeeds.

const NOW = new Date('2026-12-01T08:00:00Z');
const THU_10H = new Date('2026-12-03T09:00:00Z');
const THU_14H = new Date('2026-12-03T13:00:00Z');
const guest: Actor = { userId: null, role: 'guest', dealershipId: null };
const advisor: Actor = { userId: 'usr_t_advisor', role: 'advisor', dealershipId: null };

const effects = recordEffects();
afterAll(async () => {
  await pool().end();
});

/**
 * Makes the outbox insert itself fail in the database (SQLSTATE 23514) for one recipient: a real
 * failure of the real INSERT, as a full disk or a lost connection would be (NOT VALID: rows
 * already there are not checked).
 */
async function withFailingOutbox<T>(recipient: string, run: () => Promise<T>): Promise<T> {
  const name = `test_outbox_refuses_${recipient.replace(/\W/g, '_')}`;
  await pool().query(`ALTER TABLE outbox_message ADD CONSTRAINT ${name} CHECK ("to" <> '${recipient}') NOT VALID`);
  try {
    return await run();
  } finally {
    await pool().query(`ALTER TABLE outbox_message DROP CONSTRAINT ${name}`);
  }
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return toAppError(error);
  }
  throw new Error('expected a failure');
}

const mailsTo = (to: string) => db.outboxMessage.count({ where: { to } });

describe('a drive and its e-mail commit together', () => {
  it('a failed outbox insert leaves no drive and a clean error; the retry books the same slot', async () => {
    const world = await createTestDealership();
    const buyer = driver();
    const input = { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom' as const, start: THU_10H, driver: buyer };

    const error = await withFailingOutbox(buyer.email, () => failure(bookDrive(guest, input, NOW)));
    expect(error.status).toBe(500);
    expect(error.code).toBe('INTERNAL');
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId } })).toBe(0);
    expect(await mailsTo(buyer.email)).toBe(0);

    // The same buyer retries: their slot is free, not "taken by themselves".
    const booked = await bookDrive(guest, input, NOW);
    expect(booked.drive).toMatchObject({ status: 'scheduled', localTime: '10:00' });
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId } })).toBe(1);
    expect(await mailsTo(buyer.email)).toBe(1);
    expect(effects.delivered).toHaveLength(effects.mails.length);
  });

  it('a failed outbox insert undoes a move and a cancellation', async () => {
    const world = await createTestDealership();
    const buyer = driver();
    const { drive } = await bookDrive(advisor, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: buyer, channel: 'phone' }, NOW);

    expect((await withFailingOutbox(buyer.email, () => failure(moveDrive(advisor, drive.id, { start: THU_14H }, NOW)))).status).toBe(500);
    expect(await db.testDrive.findUniqueOrThrow({ where: { id: drive.id } })).toMatchObject({ startsAt: THU_10H, manageTokenVersion: 1, rescheduledCount: 0 });

    expect((await withFailingOutbox(buyer.email, () => failure(cancelDrive(advisor, drive.id, 'test', NOW)))).status).toBe(500);
    expect(await db.testDrive.findUniqueOrThrow({ where: { id: drive.id } })).toMatchObject({ status: 'scheduled', cancelledAt: null });
    expect(await mailsTo(buyer.email)).toBe(1); // the confirmation only

    await moveDrive(advisor, drive.id, { start: THU_14H }, NOW);
    await cancelDrive(advisor, drive.id, 'test', NOW);
    expect(await db.testDrive.findUniqueOrThrow({ where: { id: drive.id } })).toMatchObject({ status: 'cancelled', startsAt: THU_14H });
    expect(await mailsTo(buyer.email)).toBe(3);
  });
});
