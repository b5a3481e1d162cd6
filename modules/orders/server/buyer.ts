import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { readSnapshot, type BuyerDetails } from '../snapshot';

/** The dealerships a factory order can be collected at, for the checkout's choice. */
export async function collectDealerships(db: PrismaClient): Promise<{ id: string; label: string }[]> {
  const rows = await db.dealership.findMany({ select: { id: true, name: true, city: true }, orderBy: { name: 'asc' } });
  return rows.map((d) => ({ id: d.id, label: `${d.name} (${d.city})` }));
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
