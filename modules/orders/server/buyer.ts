import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { readSnapshot, type BuyerDetails } from '../snapshot';

/** The dealerships a factory order can be collected at, for the checkout's choice. */
export async function collectDealerships(db: PrismaClient): Promise<{ id: string; label: string }[]> {
  const rows = await db.dealership.findMany({ select: { id: true, name: true, city: true }, orderBy: { name: 'asc' } });
  return rows.map((d) => ({ id: d.id, label: `${d.name} (${d.city})` }));
}

/**
 * The dealership this buyer last dealt with (an order, a test drive, a car held), to preselect at
 * checkout; null when there is none, and the buyer then chooses (never the first in the list).
 */
export async function preferredDealership(db: PrismaClient, buyerId: string): Promise<string | null> {
  const [order, drive, hold] = await Promise.all([
    db.order.findFirst({ where: { buyerId }, orderBy: { createdAt: 'desc' }, select: { dealershipId: true, createdAt: true } }),
    db.testDrive.findFirst({ where: { buyerUserId: buyerId }, orderBy: { createdAt: 'desc' }, select: { dealershipId: true, createdAt: true } }),
    db.vehicleHold.findFirst({ where: { holderId: buyerId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, vehicle: { select: { dealershipId: true } } } }),
  ]);
  const seen = [order, drive, hold ? { dealershipId: hold.vehicle.dealershipId, createdAt: hold.createdAt } : null].filter((x) => x !== null);
  seen.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return seen[0]?.dealershipId ?? null;
}

/** The buyer's details from their last order, else their account name. */
export async function buyerPrefill(db: PrismaClient, buyerId: string, name: string): Promise<Partial<BuyerDetails>> {
  const last = await db.order.findFirst({ where: { buyerId }, orderBy: { createdAt: 'desc' }, select: { snapshot: true } });
  if (last) {
    const { email: _email, ...details } = readSnapshot(last.snapshot).buyer;
    return details;
  }
  const [firstName, ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}

export async function emailVerified(db: PrismaClient, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return user?.emailVerified === true;
}

/** An order is a contract: it needs an account whose e-mail address is confirmed (403 otherwise). */
export async function assertEmailVerified(db: PrismaClient, userId: string): Promise<void> {
  if (!(await emailVerified(db, userId))) throw new AppError('FORBIDDEN', 'Confirm your e-mail address before ordering.', { reason: 'EMAIL_NOT_VERIFIED' });
}
