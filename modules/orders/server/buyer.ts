import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { readSnapshot, ZBuyerDetails, type BuyerDetails } from '../snapshot';

/** The dealerships a factory order can be collected at, for the checkout's choice. */
export async function collectDealerships(db: PrismaClient): Promise<{ id: string; label: string }[]> {
  const rows = await db.dealership.findMany({ select: { id: true, name: true, city: true }, orderBy: { name: 'asc' } });
  return rows.map((d) => ({ id: d.id, label: `${d.name} (${d.city})` }));
}

/**
 * The dealership the buyer chose in their profile, else the one they last dealt with (an order, a
 * test drive, a car held), to preselect at checkout; null when there is none, and the buyer then
 * chooses (never the first in the list).
 */
export async function preferredDealership(db: PrismaClient, buyerId: string): Promise<string | null> {
  const profile = await db.customerProfile.findUnique({ where: { userId: buyerId }, select: { preferredDealershipId: true } });
  if (profile?.preferredDealershipId && (await db.dealership.count({ where: { id: profile.preferredDealershipId } })) > 0) return profile.preferredDealershipId;
  const [order, drive, hold] = await Promise.all([
    db.order.findFirst({ where: { buyerId }, orderBy: { createdAt: 'desc' }, select: { dealershipId: true, createdAt: true } }),
    db.testDrive.findFirst({ where: { buyerUserId: buyerId }, orderBy: { createdAt: 'desc' }, select: { dealershipId: true, createdAt: true } }),
    db.vehicleHold.findFirst({ where: { holderId: buyerId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, vehicle: { select: { dealershipId: true } } } }),
  ]);
  const seen = [order, drive, hold ? { dealershipId: hold.vehicle.dealershipId, createdAt: hold.createdAt } : null].filter((x) => x !== null);
  seen.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return seen[0]?.dealershipId ?? null;
}

/**
 * The checkout's details: from the buyer's profile and their last order, the more recently written
 * one first (a profile edited after the last order wins, an order placed since wins over an older
 * profile), each field falling back to the other, then to the account's name.
 */
export async function buyerPrefill(db: PrismaClient, buyerId: string, name: string): Promise<Partial<BuyerDetails>> {
  const [last, profile] = await Promise.all([
    db.order.findFirst({ where: { buyerId }, orderBy: { createdAt: 'desc' }, select: { snapshot: true, createdAt: true } }),
    db.customerProfile.findUnique({ where: { userId: buyerId }, select: { firstName: true, lastName: true, phone: true, street: true, postalCode: true, city: true, updatedAt: true, detailsUpdatedAt: true } }),
  ]);
  const [firstName, ...rest] = name.trim().split(/\s+/);
  const fromName = filled({ firstName: firstName ?? null, lastName: rest.join(' '), phone: null, street: null, postalCode: null, city: null });
  const fromOrder: Partial<BuyerDetails> = last ? (({ email: _email, ...details }) => details)(readSnapshot(last.snapshot).buyer) : {};
  const fromProfile: Partial<BuyerDetails> = profile ? filled({ firstName: profile.firstName, lastName: profile.lastName, phone: profile.phone, street: profile.street, postalCode: profile.postalCode, city: profile.city }) : {};
  // When the details last changed (rows saved before that was recorded: their last save).
  const profileFirst = profile !== null && (!last || (profile.detailsUpdatedAt ?? profile.updatedAt) > last.createdAt);
  const [older, newer] = profileFirst ? [fromOrder, fromProfile] : [fromProfile, fromOrder];
  return { ...fromName, ...older, ...newer };
}

/** The fields the checkout accepts as they are (a profile or an account name may be longer than an order takes). */
function filled(fields: Record<keyof BuyerDetails, string | null>): Partial<BuyerDetails> {
  const details: Partial<BuyerDetails> = {};
  for (const key of Object.keys(fields) as (keyof BuyerDetails)[]) {
    const parsed = ZBuyerDetails.shape[key].safeParse(fields[key]);
    if (parsed.success) details[key] = parsed.data;
  }
  return details;
}

export async function emailVerified(db: PrismaClient, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return user?.emailVerified === true;
}

/** An order is a contract: it needs an account whose e-mail address is confirmed (403 otherwise). */
export async function assertEmailVerified(db: PrismaClient, userId: string): Promise<void> {
  if (!(await emailVerified(db, userId))) throw new AppError('FORBIDDEN', 'Confirm your e-mail address before ordering.', { reason: 'EMAIL_NOT_VERIFIED' });
}
