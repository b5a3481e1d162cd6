import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/session';
import { db, pool } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { mergeGuestIntoAccount } from '@/lib/guest-merge';
import type { Actor } from './access';
import { listSlots } from './availability';
import { bookDrive, cancelDrive, moveDrive } from './booking';
import { runDuplicateNotice, sweepDuplicateNotices } from './notify';
import { createTestDealership, driver, reason, recordEffects } from './test-world';

// One buyer, one drive at a time (test_drive_buyer_no_overlap), keyed on the identity that booked.
// Meaningful on PostgreSQL for the storm (real connections racing); PGlite queues them.

let viewer: Viewer | null = null;
vi.mock('@/lib/session', () => ({ getViewer: async () => viewer, ensureViewer: async () => viewer }));
const { POST: postBooking } = await import('@/app/api/test-drives/bookings/route');

const NOW = new Date('2026-12-01T08:00:00Z'); // Tuesday 09:00 in Paris
const THU_10H = new Date('2026-12-03T09:00:00Z');
const THU_10H30 = new Date('2026-12-03T09:30:00Z');
const THU_11H = new Date('2026-12-03T10:00:00Z');
const effects = recordEffects();
afterAll(async () => {
  await pool().end();
});

async function customer(tag: string, isAnonymous = false): Promise<Actor & { userId: string }> {
  const id = `usr_overlap_${tag}_${Math.random().toString(36).slice(2, 10)}`;
  await db.user.create({ data: { id, name: 'Camille', email: `${id}@example.org`, emailVerified: !isAnonymous, isAnonymous } });
  return { userId: id, role: isAnonymous ? 'guest' : 'customer', dealershipId: null, email: `${id}@example.org` };
}

const showroom = (dealershipId: string, start: Date, email?: string) => ({ dealershipId, modelCode: 'horizon', kind: 'showroom' as const, durationMinutes: 45, start, driver: driver(email ? { email } : {}) });

describe('a buyer cannot hold two drives at once', () => {
  it('refuses an overlapping second drive with free cars left, here or at another dealership; the next free time and another buyer are fine', async () => {
    const lyon = await createTestDealership({ cars: 3, specialists: 3 });
    const paris = await createTestDealership({ cars: 1, specialists: 1 });
    const buyer = await customer('seq');
    await bookDrive(buyer, showroom(lyon.dealershipId, THU_10H), NOW);
    expect(await reason(bookDrive(buyer, showroom(lyon.dealershipId, THU_10H), NOW))).toBe('BUYER_ALREADY_BOOKED');
    expect(await reason(bookDrive(buyer, showroom(paris.dealershipId, THU_10H30), NOW))).toBe('BUYER_ALREADY_BOOKED');
    expect(await db.testDrive.count({ where: { buyerUserId: buyer.userId } })).toBe(1);
    // 10:00 + 45 min ends at 10:45: 11:00 is free for the buyer; the 10:00 slot is free for someone else.
    expect(await reason(bookDrive(buyer, showroom(paris.dealershipId, THU_11H), NOW))).toBe('OK');
    // Paris's one car is now taken at 11:00 by this buyer: they are told it is theirs, anyone else that it is taken.
    expect(await reason(bookDrive(buyer, showroom(paris.dealershipId, THU_11H), NOW))).toBe('BUYER_ALREADY_BOOKED');
    expect(await reason(bookDrive(await customer('late'), showroom(paris.dealershipId, THU_11H), NOW))).toBe('SLOT_TAKEN');
    expect(await reason(bookDrive(await customer('other'), showroom(lyon.dealershipId, THU_10H), NOW))).toBe('OK');
  });

  it('a cancelled drive frees the time; moving a drive onto another of the buyer’s drives is refused', async () => {
    const world = await createTestDealership({ cars: 2, specialists: 2 });
    const buyer = await customer('move');
    const first = await bookDrive(buyer, showroom(world.dealershipId, THU_10H), NOW);
    await cancelDrive(buyer, first.drive.id, undefined, NOW);
    const again = await bookDrive(buyer, showroom(world.dealershipId, THU_10H30), NOW);
    const later = await bookDrive(buyer, showroom(world.dealershipId, new Date('2026-12-03T13:00:00Z')), NOW);
    expect(await reason(moveDrive(buyer, later.drive.id, { start: THU_10H }, NOW))).toBe('BUYER_ALREADY_BOOKED');
    expect((await db.testDrive.findUniqueOrThrow({ where: { id: later.drive.id } })).startsAt).toEqual(new Date('2026-12-03T13:00:00Z'));
    // A drive moved within its own time is not its own duplicate.
    expect(await reason(moveDrive(buyer, again.drive.id, { start: THU_10H }, NOW))).toBe('OK');
  });

  it('does not offer the buyer the times their own drives cover, at any dealership; others still see them', async () => {
    const here = await createTestDealership({ cars: 2, specialists: 2 });
    const there = await createTestDealership({ cars: 2, specialists: 2 });
    const buyer = await customer('slots');
    const { drive } = await bookDrive(buyer, showroom(there.dealershipId, THU_10H), NOW);
    const times = async (buyerUserId: string | null, excludeDriveId?: string) => {
      const days = await listSlots({ dealershipId: here.dealershipId, modelCode: 'horizon', kind: 'showroom', durationMinutes: 45, fromDate: '2026-12-03', toDate: '2026-12-03', buyerUserId, excludeDriveId }, NOW);
      return days.flatMap((d) => d.slots.map((slot) => slot.localTime));
    };
    // The drive is 10:00–10:45: a 45-minute drive from 09:30 to 10:30 would overlap it, 09:00 and 11:00 would not.
    const mine = await times(buyer.userId);
    expect(mine).toEqual(expect.arrayContaining(['09:00', '11:00']));
    expect(mine.filter((t) => ['09:30', '10:00', '10:30'].includes(t))).toEqual([]);
    expect(await times(null)).toEqual(expect.arrayContaining(['09:30', '10:00', '10:30']));
    // Moving that drive: its own time is offered again.
    expect(await times(buyer.userId, drive.id)).toEqual(expect.arrayContaining(['10:00']));
  });

  it('follows the identity, not the typed e-mail: a stranger typing the buyer’s address learns nothing and books', async () => {
    const world = await createTestDealership({ cars: 2, specialists: 2 });
    const buyer = await customer('probe');
    await bookDrive(buyer, showroom(world.dealershipId, THU_10H, buyer.email), NOW);
    const stranger = await customer('stranger', true);
    expect(await reason(bookDrive(stranger, showroom(world.dealershipId, THU_10H, buyer.email), NOW))).toBe('OK');
  });

  it('answers the API with 409 BUYER_ALREADY_BOOKED and writes nothing', async () => {
    const world = await createTestDealership({ cars: 2, specialists: 2 });
    const buyer = await customer('api');
    viewer = { id: buyer.userId, name: 'Camille', email: buyer.email ?? '', role: 'customer', dealershipId: null, isGuest: false };
    const start = new Date(Date.now() + 14 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    while ([0, 6].includes(start.getUTCDay())) start.setUTCDate(start.getUTCDate() + 1);
    const body = (at: Date) => JSON.stringify({ ...showroom(world.dealershipId, at), start: at.toISOString() });
    const post = (at: Date) => postBooking(new Request('http://x/api/test-drives/bookings', { method: 'POST', body: body(at), headers: { 'content-type': 'application/json' } }));
    expect((await post(start)).status).toBe(201);
    const refused = await post(new Date(start.getTime() + 30 * 60_000));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'CONFLICT', reason: 'BUYER_ALREADY_BOOKED' } });
    expect(await db.testDrive.count({ where: { buyerUserId: buyer.userId } })).toBe(1);
  });

  it('the same booking fired at once (two tabs, a script) gives exactly one drive; the rest are refused by name', async () => {
    const CARS = 6;
    const world = await createTestDealership({ cars: CARS, specialists: CARS });
    const buyer = await customer('storm');
    const results = await Promise.allSettled(Array.from({ length: CARS }, () => bookDrive(buyer, showroom(world.dealershipId, THU_10H), NOW)));
    const reasons = results.map((r) => (r.status === 'fulfilled' ? 'OK' : r.reason instanceof AppError ? r.reason.reason : String(r.reason)));
    expect(reasons.filter((r) => r === 'OK')).toHaveLength(1);
    expect(reasons.filter((r) => r === 'BUYER_ALREADY_BOOKED')).toHaveLength(CARS - 1);
    expect(await db.testDrive.count({ where: { buyerUserId: buyer.userId, status: 'scheduled' } })).toBe(1);
  });
});

describe('a guest joining their account with a drive at the same time as one of the account’s', () => {
  it('cancels the later-booked, keeps the other and every other drive, and e-mails the driver once, with the reason', async () => {
    const world = await createTestDealership({ cars: 3, specialists: 3 });
    const account = await customer('account');
    const guest = await customer('guest', true);
    const kept = await bookDrive(account, showroom(world.dealershipId, THU_10H), NOW);
    const duplicate = await bookDrive(guest, showroom(world.dealershipId, THU_10H30), NOW);
    const elsewhenever = await bookDrive(guest, showroom(world.dealershipId, new Date('2026-12-03T13:00:00Z')), NOW);

    await mergeGuestIntoAccount(db, guest.userId, account.userId, NOW);

    const rows = await db.testDrive.findMany({ where: { id: { in: [kept.drive.id, duplicate.drive.id, elsewhenever.drive.id] } }, select: { id: true, status: true, buyerUserId: true } });
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect(status).toEqual({ [kept.drive.id]: 'scheduled', [duplicate.drive.id]: 'cancelled', [elsewhenever.drive.id]: 'scheduled' });
    expect(new Set(rows.map((r) => r.buyerUserId))).toEqual(new Set([account.userId]));
    const job = await pool().query<{ data: { driveId: string } }>(`SELECT data FROM pgboss.job WHERE name = 'test-drive.duplicate-cancelled' AND data->>'driveId' = $1`, [duplicate.drive.id]);
    expect(job.rows).toHaveLength(1);

    const before = effects.mails.length;
    expect(await runDuplicateNotice(duplicate.drive.id, NOW)).toBe('sent');
    expect(await runDuplicateNotice(duplicate.drive.id, NOW)).toBe('skipped');
    expect(await runDuplicateNotice(kept.drive.id, NOW)).toBe('skipped');
    const sent = effects.mails.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toContain('Essai annulé');
    expect(sent[0]?.text).toContain('Un autre essai avait été réservé à cette heure-là avant celui-ci');
  });

  it('in a chain of three overlapping drives, only the middle one goes; a drive under way blocks nothing', async () => {
    const world = await createTestDealership({ cars: 3, specialists: 3 });
    const account = await customer('chain');
    const guest = await customer('chain-guest', true);
    const first = await bookDrive(account, showroom(world.dealershipId, THU_10H), NOW); // 10:00–10:45
    const middle = await bookDrive(guest, showroom(world.dealershipId, THU_10H30), NOW); // 10:30–11:15
    const last = await bookDrive(account, showroom(world.dealershipId, THU_11H), NOW); // 11:00–11:45
    const underWay = await bookDrive(guest, showroom(world.dealershipId, new Date('2026-12-03T13:00:00Z')), NOW);
    await db.testDrive.update({ where: { id: underWay.drive.id }, data: { status: 'in_progress' } });
    await bookDrive(account, showroom(world.dealershipId, new Date('2026-12-03T13:30:00Z')), NOW);

    await mergeGuestIntoAccount(db, guest.userId, account.userId, NOW);
    const statuses = await db.testDrive.findMany({ where: { buyerUserId: account.userId }, orderBy: { startsAt: 'asc' }, select: { id: true, status: true } });
    expect(statuses.map((d) => d.status)).toEqual(['scheduled', 'cancelled', 'scheduled', 'in_progress', 'scheduled']);
    expect(statuses.map((d) => d.id).slice(0, 3)).toEqual([first.drive.id, middle.drive.id, last.drive.id]);
  });

  it('when the job could not be queued, the sweep tells the driver; a drive already past is only marked', async () => {
    const world = await createTestDealership({ cars: 2, specialists: 2 });
    const account = await customer('sweep');
    const guest = await customer('sweep-guest', true);
    await bookDrive(account, showroom(world.dealershipId, THU_10H), NOW);
    const duplicate = await bookDrive(guest, showroom(world.dealershipId, THU_10H), NOW);
    await mergeGuestIntoAccount(db, guest.userId, account.userId, NOW);
    await pool().query(`DELETE FROM pgboss.job WHERE name = 'test-drive.duplicate-cancelled' AND data->>'driveId' = $1`, [duplicate.drive.id]);

    const before = effects.mails.length;
    expect(await sweepDuplicateNotices(NOW)).toBeGreaterThanOrEqual(1);
    expect(effects.mails.slice(before).filter((m) => m.subject.includes(duplicate.drive.reference))).toHaveLength(1);
    expect(await sweepDuplicateNotices(NOW)).toBe(0);

    const past = await bookDrive(await customer('past'), showroom(world.dealershipId, THU_11H), NOW);
    await db.testDrive.update({ where: { id: past.drive.id }, data: { status: 'cancelled', cancelReason: 'duplicate_booking' } });
    expect(await runDuplicateNotice(past.drive.id, new Date('2026-12-04T08:00:00Z'))).toBe('skipped');
    expect((await db.testDrive.findUniqueOrThrow({ where: { id: past.drive.id } })).cancelReason).toBe('duplicate_booking_notified');
  });
});

describe('the migration that brought the rule', () => {
  it('keeps, per buyer, each scheduled drive that overlaps none kept before it', async () => {
    const world = await createTestDealership({ cars: 3, specialists: 3 });
    const buyer = await customer('migration');
    const first = await bookDrive(buyer, showroom(world.dealershipId, THU_10H), NOW);
    // Everything below on one connection, rolled back: the rule is lifted to write what it forbids.
    const client = await pool().connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE test_drive DROP CONSTRAINT test_drive_buyer_no_overlap');
      // A chain booked before the rule, on other cars and staff: 10:30 overlaps 10:00; 11:00 overlaps only 10:30.
      for (const n of [1, 2]) {
        await client.query(
          `INSERT INTO test_drive (id, reference, kind, "dealershipId", "carId", "staffId", "modelCode", "durationMinutes", "startsAt", "endsAt", "occupiedStart", "occupiedEnd", "carReadyAt",
             "driverFirstName", "driverLastName", "driverEmail", "driverPhone", "licenceNumber", "licenceIssuedOn", "birthDate", "buyerUserId", "manageNonce", "createdAt", "updatedAt")
           SELECT $1, $2, kind, "dealershipId", $3, $4, "modelCode", "durationMinutes", "startsAt" + $5 * interval '30 minutes', "endsAt" + $5 * interval '30 minutes',
             "occupiedStart" + $5 * interval '30 minutes', "occupiedEnd" + $5 * interval '30 minutes', "carReadyAt" + $5 * interval '30 minutes',
             "driverFirstName", "driverLastName", "driverEmail", "driverPhone", "licenceNumber", "licenceIssuedOn", "birthDate", "buyerUserId", 'n', "createdAt" + $5 * interval '1 second', now()
           FROM test_drive WHERE id = $6`,
          [`${first.drive.id}_${n}`, `VXMIG${n}${world.suffix}`, world.carIds[n], world.staffIds[n], n, first.drive.id],
        );
      }
      await client.query(readFileSync('prisma/migrations/20261207200000_drive_buyer_no_overlap/migration.sql', 'utf8'));
      const rows = await client.query<{ status: string; cancelReason: string | null }>(`SELECT status, "cancelReason" FROM test_drive WHERE "buyerUserId" = $1 ORDER BY "startsAt"`, [buyer.userId]);
      expect(rows.rows.map((r) => [r.status, r.cancelReason])).toEqual([['scheduled', null], ['cancelled', 'duplicate_booking'], ['scheduled', null]]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
