import 'server-only';
import { randomInt } from 'node:crypto';
import type { Tx } from './transaction';

/** The span a drive takes its car and staff member, as the exclusion constraints see it. */
export type ClaimSpan = { occupiedStart: Date; occupiedEnd: Date; carReadyAt: Date; excludeDriveId?: string };
export type Candidates = { carIds: readonly string[]; staffIds: readonly string[] };
export type Claim = { carId: string; staffId: string };

/**
 * Claims a free car and a free staff member for a drive, inside the caller's transaction, so that
 * concurrent requests spread over the free resources instead of all inserting the same pair.
 *
 * Why: the exclusion constraints alone make every simultaneous request for a start time insert
 * the same least-loaded pair; all but one then fail (SLOT_TAKEN although other cars are free),
 * and two inserts that check each other's uncommitted rows deadlock (40P01).
 *
 * How: every writer of a drive's car/staff locks their rows first (FOR NO KEY UPDATE, which does
 * not block the foreign-key checks of other inserts), car then staff:
 *  1. take the first candidate nobody is claiming right now (SKIP LOCKED), in order of preference;
 *     when all are being claimed, wait for one of them instead of giving up;
 *  2. once locked, check it afresh: whoever held the lock before has committed or rolled back, and
 *     under READ COMMITTED this statement sees its drive. The check mirrors the constraints;
 *  3. a candidate taken meanwhile is dropped, its locks released (ROLLBACK TO SAVEPOINT), and the
 *     next one tried, until a pair is free (claimed, locks held to the commit) or none is left.
 * A transaction waits for a car holding nothing, or for a staff member holding one car, and one
 * holding both waits for nobody: the waits cannot form a cycle, so bookings do not deadlock.
 * On the embedded database (one backend, transactions queued) every lock is simply free.
 */
export async function claimResources(tx: Tx, candidates: Candidates, span: ClaimSpan): Promise<Claim | null> {
  const lostCars = new Set<string>();
  const lostStaff = new Set<string>();
  for (;;) {
    const cars = candidates.carIds.filter((id) => !lostCars.has(id));
    const staff = candidates.staffIds.filter((id) => !lostStaff.has(id));
    if (cars.length === 0 || staff.length === 0) return null;
    await tx.$executeRawUnsafe('SAVEPOINT claim');
    const car = await lockOne(tx, 'car', cars);
    const member = car.exists ? await lockOne(tx, 'staff', staff) : null;
    if (!car.exists) lostCars.add(car.id); // deleted meanwhile
    else if (member && !member.exists) lostStaff.add(member.id);
    else if (member) {
      const [carId, staffId] = [car.id, member.id];
      const taken = await takenNow(tx, { carId, staffId }, span);
      if (!taken.car && !taken.staff) {
        await tx.$executeRawUnsafe('RELEASE SAVEPOINT claim');
        return { carId, staffId };
      }
      if (taken.car) lostCars.add(carId);
      if (taken.staff) lostStaff.add(staffId);
    }
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT claim');
  }
}

type Row = { id: string };

/**
 * Locks the first of `ids` nobody else is claiming or, when all are being claimed, waits for one
 * of them picked at random (everyone waiting for the first would queue on one car while the
 * others are released unnoticed). `exists: false` when that row is gone.
 */
async function lockOne(tx: Tx, resource: 'car' | 'staff', ids: string[]): Promise<{ id: string; exists: boolean }> {
  // Two spelled-out statements rather than an interpolated table name: no dynamic SQL.
  const free =
    resource === 'car'
      ? await tx.$queryRaw<Row[]>`SELECT id FROM demo_car WHERE id = ANY(${ids}::text[]) ORDER BY array_position(${ids}::text[], id) LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED`
      : await tx.$queryRaw<Row[]>`SELECT id FROM staff WHERE id = ANY(${ids}::text[]) ORDER BY array_position(${ids}::text[], id) LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED`;
  if (free[0]) return { id: free[0].id, exists: true };
  const wait = ids[randomInt(ids.length)] ?? '';
  const waited =
    resource === 'car'
      ? await tx.$queryRaw<Row[]>`SELECT id FROM demo_car WHERE id = ${wait} FOR NO KEY UPDATE`
      : await tx.$queryRaw<Row[]>`SELECT id FROM staff WHERE id = ${wait} FOR NO KEY UPDATE`;
  return { id: wait, exists: waited.length > 0 };
}

/** Whether an active drive (or, for the staff member, a car handover) now holds the car or staff member over the span (the constraints' own test). */
async function takenNow(tx: Tx, claim: Claim, span: ClaimSpan): Promise<{ car: boolean; staff: boolean }> {
  const exclude = span.excludeDriveId ?? '';
  const rows = await tx.$queryRaw<Array<{ car: boolean; staff: boolean }>>`
    SELECT
      EXISTS (SELECT 1 FROM test_drive WHERE "carId" = ${claim.carId} AND status <> 'cancelled' AND id <> ${exclude}
              AND "carBusy" && tstzrange(${span.occupiedStart}::timestamptz, ${span.carReadyAt}::timestamptz, '[)')) AS car,
      (EXISTS (SELECT 1 FROM test_drive WHERE "staffId" = ${claim.staffId} AND status <> 'cancelled' AND id <> ${exclude}
              AND occupied && tstzrange(${span.occupiedStart}::timestamptz, ${span.occupiedEnd}::timestamptz, '[)'))
       OR EXISTS (SELECT 1 FROM handover_appointment WHERE "staffId" = ${claim.staffId} AND status <> 'cancelled'
              AND occupied && tstzrange(${span.occupiedStart}::timestamptz, ${span.occupiedEnd}::timestamptz, '[)'))) AS staff`;
  return rows[0] ?? { car: true, staff: true };
}
