/**
 * Holds on stock vehicles. The database decides who gets a vehicle: the partial unique index
 * "vehicle_hold_one_active_per_vehicle" lets one active hold exist per vehicle, so of two buyers
 * reserving at once exactly one insert succeeds. A buyer keeps one hold at a time: a new hold
 * releases their previous one, and "vehicle_hold_one_active_per_holder" makes that a database rule. Expired holds are closed by the jobs (hold-jobs.ts) and, lazily,
 * by the next reservation of the same vehicle.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { classifyDbError, isTransient } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { holdExpiry } from '../holds';

export type Hold = { id: string; vehicleId: string; holderId: string; expiresAt: Date; status: 'active' | 'released' | 'expired' };

/** On the embedded database transactions run one at a time: a burst of reservations queues. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };
/** A unique violation from a concurrent reservation of the same holder (e.g. during the guest merge) is retried. */
const MAX_ATTEMPTS = 4;

/**
 * Reserves a vehicle for a holder, releasing their previous hold in the same transaction. Two
 * database rules decide races: one active hold per vehicle and one per holder (partial unique
 * indexes). Reservations of one holder are serialised by a transaction-scoped advisory lock, so a
 * burst from one guest does not turn into a storm of violations; whatever still collides (the
 * guest→account merge) fails with 23505 and is retried, and the retry sees the committed hold:
 * either this holder's, which it releases, or someone else's on the vehicle, which is a conflict.
 */
/**
 * Read-only check that a reservation can succeed, made before an anonymous visitor is given a
 * guest identity: a request refused for an unknown, sold or held vehicle then creates no user.
 * reserveVehicle re-checks everything under its lock.
 */
export async function assertHoldable(db: PrismaClient, vehicleId: string, holderId: string | null, now: Date): Promise<void> {
  const vehicle = await db.stockVehicle.findUnique({ where: { id: vehicleId }, select: { status: true } });
  if (!vehicle) throw new AppError('NOT_FOUND', 'No such vehicle.', { reason: 'VEHICLE_NOT_FOUND' });
  if (vehicle.status !== 'in_stock' && vehicle.status !== 'in_transit') {
    throw new AppError('CONFLICT', 'This vehicle can no longer be reserved.', { reason: 'VEHICLE_NOT_AVAILABLE' });
  }
  const taken = await db.vehicleHold.findFirst({
    where: { vehicleId, status: 'active', expiresAt: { gt: now }, ...(holderId ? { holderId: { not: holderId } } : {}) },
    select: { id: true },
  });
  if (taken) throw heldByOther();
}

/** A hold just placed, with the vehicles whose previous holds by the same buyer it released (so the page can say so). */
export type PlacedHold = Hold & { releasedVehicleIds: string[] };

export async function reserveVehicle(db: PrismaClient, vehicleId: string, holderId: string, now: Date): Promise<PlacedHold> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`vehicle_hold:${holderId}`}, 0))`;
        const vehicle = await tx.stockVehicle.findUnique({ where: { id: vehicleId }, select: { status: true } });
        if (!vehicle) throw new AppError('NOT_FOUND', 'No such vehicle.', { reason: 'VEHICLE_NOT_FOUND' });
        if (vehicle.status !== 'in_stock' && vehicle.status !== 'in_transit') {
          throw new AppError('CONFLICT', 'This vehicle can no longer be reserved.', { reason: 'VEHICLE_NOT_AVAILABLE' });
        }
        await tx.vehicleHold.updateMany({ where: { vehicleId, status: 'active', expiresAt: { lte: now } }, data: { status: 'expired', endedAt: now } });
        const taken = await tx.vehicleHold.findFirst({ where: { vehicleId, status: 'active', holderId: { not: holderId } }, select: { id: true } });
        if (taken) throw heldByOther();
        const previous = await tx.vehicleHold.findMany({ where: { holderId, status: 'active', vehicleId: { not: vehicleId }, expiresAt: { gt: now } }, select: { vehicleId: true } });
        await tx.vehicleHold.updateMany({ where: { holderId, status: 'active', vehicleId: { not: vehicleId } }, data: { status: 'released', endedAt: now } });
        const releasedVehicleIds = previous.map((p) => p.vehicleId);
        const mine = await tx.vehicleHold.findFirst({ where: { vehicleId, holderId, status: 'active' } });
        if (mine) return { ...mine, releasedVehicleIds };
        return { ...(await tx.vehicleHold.create({ data: { vehicleId, holderId, expiresAt: holdExpiry(now) } })), releasedVehicleIds };
      }, TRANSACTION_LIMITS);
    } catch (error) {
      if (classifyDbError(error) !== 'unique' && !isTransient(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw heldByOther(error);
    }
  }
}

function heldByOther(cause?: unknown): AppError {
  return new AppError('CONFLICT', 'Someone else is holding this vehicle.', { reason: 'VEHICLE_ALREADY_HELD', cause });
}

export async function releaseHold(db: PrismaClient, holdId: string, holderId: string, now: Date): Promise<void> {
  const { count } = await db.vehicleHold.updateMany({ where: { id: holdId, holderId, status: 'active' }, data: { status: 'released', endedAt: now } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such active hold.', { reason: 'HOLD_NOT_FOUND' });
}

/** Closes one hold if it has run out; true when it did. Run by the job scheduled at its expiry. */
export async function expireHold(db: PrismaClient, holdId: string, now: Date): Promise<boolean> {
  const { count } = await db.vehicleHold.updateMany({ where: { id: holdId, status: 'active', expiresAt: { lte: now } }, data: { status: 'expired', endedAt: now } });
  return count > 0;
}

/** Closes every hold that has run out (the periodic sweep, in case an expiry job was lost). */
export async function expireDueHolds(db: PrismaClient, now: Date): Promise<number> {
  const { count } = await db.vehicleHold.updateMany({ where: { status: 'active', expiresAt: { lte: now } }, data: { status: 'expired', endedAt: now } });
  return count;
}

export async function activeHoldsOf(db: PrismaClient, holderId: string, now: Date): Promise<Hold[]> {
  return db.vehicleHold.findMany({ where: { holderId, status: 'active', expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' } });
}

/**
 * Keeps the buyer's hold alive while their checkout is open: pushed to `until`, never past
 * `createdAt + maxMinutes` (the periodic sweep expires it once it runs out). Null when the buyer
 * holds no active hold on this vehicle.
 */
export async function extendHold(db: PrismaClient, vehicleId: string, holderId: string, now: Date, extendMinutes: number, maxMinutes: number): Promise<Hold | null> {
  const hold = await db.vehicleHold.findFirst({ where: { vehicleId, holderId, status: 'active', expiresAt: { gt: now } } });
  if (!hold) return null;
  const ceiling = hold.createdAt.getTime() + maxMinutes * 60_000;
  const wanted = Math.min(now.getTime() + extendMinutes * 60_000, ceiling);
  if (wanted <= hold.expiresAt.getTime()) return hold;
  return db.vehicleHold.update({ where: { id: hold.id }, data: { expiresAt: new Date(wanted) } });
}
