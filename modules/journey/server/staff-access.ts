import 'server-only';
import { randomInt } from 'node:crypto';
import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';

/**
 * Who on the showroom tablet may see which customer.
 *
 * - Staff of a dealership see a customer only if that customer interacted with the dealership
 *   (a journey event, hold, test drive or order there) or consented at its tablet.
 * - Finding a customer by e-mail or phone needs the customer's consent, given for this dealership.
 *   The consent cannot be faked by staff: the tablet shows a one-time code, and only the customer,
 *   signed in to their own account, can accept it (in /account). It records the date, the scope,
 *   the dealership and the staff member who asked, and is bound to the identity that accepted it,
 *   never to the e-mail the staff member typed.
 * - Every lookup, refused ones included, is written to staff_lookup; the customer sees it in
 *   their data export.
 */

export type StaffActor = { userId: string; dealershipId: string };

export const CONSENT_CODE_MINUTES = 15;
export const CONSENT_VALID_DAYS = 30;
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const consentCodePattern = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/;

export function staffActor(viewer: { id: string; role: string; dealershipId: string | null }): StaffActor {
  if ((viewer.role !== 'dealer_staff' && viewer.role !== 'dealer_manager') || !viewer.dealershipId) throw new AppError('FORBIDDEN', 'Showroom staff only.');
  return { userId: viewer.id, dealershipId: viewer.dealershipId };
}

export async function hasActiveConsent(db: PrismaClient, customerId: string, dealershipId: string, now: Date): Promise<boolean> {
  const consent = await db.showroomConsent.findFirst({
    where: { customerId, dealershipId, grantedAt: { not: null }, revokedAt: null, validUntil: { gt: now } },
    select: { id: true },
  });
  return consent !== null;
}

/** Interacted with this dealership, or consented at its tablet. */
export async function staffMaySee(db: PrismaClient, staff: StaffActor, customerId: string, now: Date): Promise<boolean> {
  const [event, drive, order, hold] = await Promise.all([
    db.journeyEvent.findFirst({ where: { userId: customerId, dealershipId: staff.dealershipId }, select: { id: true } }),
    db.testDrive.findFirst({ where: { buyerUserId: customerId, dealershipId: staff.dealershipId }, select: { id: true } }),
    db.order.findFirst({ where: { buyerId: customerId, dealershipId: staff.dealershipId }, select: { id: true } }),
    db.vehicleHold.findFirst({ where: { holderId: customerId, vehicle: { dealershipId: staff.dealershipId } }, select: { id: true } }),
  ]);
  if (event || drive || order || hold) return true;
  return hasActiveConsent(db, customerId, staff.dealershipId, now);
}

type LookupMethod = 'code' | 'email' | 'phone' | 'customer';
type LookupOutcome = 'found' | 'refused_no_consent' | 'not_found';

async function logLookup(db: PrismaClient, staff: StaffActor, method: LookupMethod, outcome: LookupOutcome, customerId: string | null, now: Date): Promise<void> {
  await db.staffLookup.create({ data: { staffUserId: staff.userId, dealershipId: staff.dealershipId, customerId, method, outcome, at: now } });
}

export type CodeLookup = { configurationCode: string; customerId: string | null; customerVisible: boolean };

/**
 * The customer showed a saved configuration's code (or its QR). The configuration itself is open
 * to whoever holds the code; the customer behind it only under the rule above.
 */
export async function lookupByConfigurationCode(db: PrismaClient, staff: StaffActor, code: string, now: Date): Promise<CodeLookup | null> {
  const saved = await db.savedConfiguration.findUnique({ where: { code }, select: { code: true, ownerId: true, owner: { select: { isAnonymous: true } } } });
  if (!saved) {
    await logLookup(db, staff, 'code', 'not_found', null, now);
    return null;
  }
  const customerId = saved.ownerId && saved.owner?.isAnonymous !== true ? saved.ownerId : null;
  const visible = customerId !== null && (await staffMaySee(db, staff, customerId, now));
  await logLookup(db, staff, 'code', visible ? 'found' : customerId ? 'refused_no_consent' : 'not_found', customerId, now);
  return { configurationCode: saved.code, customerId: visible ? customerId : null, customerVisible: visible };
}

export type ContactQuery = { kind: 'email'; email: string } | { kind: 'phone'; phone: string };

export function normalizePhone(input: string): string {
  const digits = input.replace(/[^\d+]/g, '');
  return digits.startsWith('+33') ? `0${digits.slice(3)}` : digits;
}

/**
 * By e-mail or phone: only customers who consented for this dealership. A refusal looks the same
 * whether or not the person exists (no account enumeration from the tablet), and is logged.
 */
export async function lookupByContact(db: PrismaClient, staff: StaffActor, query: ContactQuery, now: Date): Promise<{ customerId: string } | null> {
  const user =
    query.kind === 'email'
      ? await db.user.findFirst({ where: { email: query.email.trim().toLowerCase(), isAnonymous: { not: true } }, select: { id: true } })
      : await db.customerProfile.findFirst({ where: { phone: normalizePhone(query.phone) }, select: { userId: true } }).then((p) => (p ? { id: p.userId } : null));
  if (!user) {
    await logLookup(db, staff, query.kind, 'not_found', null, now);
    return null;
  }
  const consented = await hasActiveConsent(db, user.id, staff.dealershipId, now);
  await logLookup(db, staff, query.kind, consented ? 'found' : 'refused_no_consent', user.id, now);
  return consented ? { customerId: user.id } : null;
}

/** Opening a customer's file on the tablet: allowed under the rule above, logged either way. */
export async function openCustomerFile(db: PrismaClient, staff: StaffActor, customerId: string, now: Date): Promise<void> {
  const allowed = await staffMaySee(db, staff, customerId, now);
  await logLookup(db, staff, 'customer', allowed ? 'found' : 'refused_no_consent', customerId, now);
  if (!allowed) throw new AppError('FORBIDDEN', 'This customer has not interacted with your dealership nor consented.', { reason: 'CUSTOMER_NOT_CONSENTED' });
}

function consentCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** The tablet asks: a one-time code the customer types in their account within CONSENT_CODE_MINUTES. */
export async function requestConsent(db: PrismaClient, staff: StaffActor, now: Date): Promise<{ id: string; code: string; expiresAt: Date }> {
  const codeExpiresAt = new Date(now.getTime() + CONSENT_CODE_MINUTES * 60_000);
  const row = await db.showroomConsent.create({
    data: { code: consentCode(), dealershipId: staff.dealershipId, requestedByUserId: staff.userId, scope: 'lookup', codeExpiresAt, createdAt: now },
    select: { id: true, code: true, codeExpiresAt: true },
  });
  return { id: row.id, code: row.code, expiresAt: row.codeExpiresAt };
}

/** The tablet waits for the customer: its request (this staff member's own only), with the customer once they accepted. */
export async function consentOutcome(db: PrismaClient, staff: StaffActor, requestId: string): Promise<{ code: string; expiresAt: Date; customerId: string | null } | null> {
  const row = await db.showroomConsent.findFirst({
    where: { id: requestId, requestedByUserId: staff.userId, dealershipId: staff.dealershipId, revokedAt: null },
    select: { code: true, codeExpiresAt: true, customerId: true, grantedAt: true },
  });
  if (!row) return null;
  return { code: row.code, expiresAt: row.codeExpiresAt, customerId: row.grantedAt ? row.customerId : null };
}

/** The customer, signed in, accepts a code shown on a tablet. One use; expired codes are refused. */
export async function acceptConsent(db: PrismaClient, customerId: string, code: string, now: Date): Promise<{ dealershipId: string }> {
  const normalized = code.toUpperCase().replace(/[\s-]/g, '');
  if (!consentCodePattern.test(normalized)) throw new AppError('VALIDATION_FAILED', 'Not a consent code.', { reason: 'CONSENT_CODE_INVALID' });
  const validUntil = new Date(now.getTime() + CONSENT_VALID_DAYS * 86_400_000);
  const { count } = await db.showroomConsent.updateMany({
    where: { code: normalized, customerId: null, codeExpiresAt: { gt: now } },
    data: { customerId, grantedAt: now, validUntil },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'This code is unknown, used or expired.', { reason: 'CONSENT_CODE_INVALID' });
  const row = await db.showroomConsent.findUniqueOrThrow({ where: { code: normalized }, select: { dealershipId: true } });
  return row;
}

export async function revokeConsent(db: PrismaClient, customerId: string, consentId: string, now: Date): Promise<void> {
  await db.showroomConsent.updateMany({ where: { id: consentId, customerId, revokedAt: null }, data: { revokedAt: now } });
}
