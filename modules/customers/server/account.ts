import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { normalizeStoredPhone, ZProfile, type Profile } from '../profile';

/**
 * The buyer's control over their data (RGPD art. 15, 17, 20): profile, export, deletion.
 * Like lib/guest-merge.ts, this lists every table holding a customer's things; a new such table
 * gets its line in `exportCustomerData` and `deleteCustomerAccount`.
 */

export async function profileOf(db: PrismaClient, userId: string) {
  return db.customerProfile.findUnique({ where: { userId } });
}

const DETAIL_FIELDS = ['firstName', 'lastName', 'phone', 'street', 'postalCode', 'city'] as const;

export async function updateProfile(db: PrismaClient, userId: string, raw: unknown): Promise<Profile> {
  const profile = ZProfile.parse(raw);
  if (profile.preferredDealershipId) {
    const exists = await db.dealership.findUnique({ where: { id: profile.preferredDealershipId }, select: { id: true } });
    if (!exists) throw new AppError('VALIDATION_FAILED', 'Unknown dealership.', { reason: 'DEALERSHIP_NOT_FOUND' });
  }
  const data = { ...profile, phone: normalizeStoredPhone(profile.phone) };
  // The prefill of the next checkout weighs the profile's details against the last order by when
  // the details changed: saving a consent alone must not bring an older address back.
  const before = await db.customerProfile.findUnique({ where: { userId }, select: { firstName: true, lastName: true, phone: true, street: true, postalCode: true, city: true } });
  const detailsChanged = !before || DETAIL_FIELDS.some((field) => (before[field] ?? null) !== (data[field] ?? null));
  const stamped = detailsChanged ? { ...data, detailsUpdatedAt: new Date() } : data;
  await db.$transaction([
    db.customerProfile.upsert({ where: { userId }, create: { userId, ...stamped }, update: stamped }),
    db.user.update({ where: { id: userId }, data: { name: [profile.firstName, profile.lastName].filter(Boolean).join(' ') } }),
  ]);
  return profile;
}

/** Renames one of the caller's saved configurations; another person's code is "not found". */
export async function renameConfiguration(db: PrismaClient, userId: string, code: string, title: string): Promise<void> {
  const { count } = await db.savedConfiguration.updateMany({ where: { code, ownerId: userId }, data: { title: title.trim().slice(0, 100) } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such saved configuration.', { reason: 'CONFIGURATION_NOT_FOUND' });
}

export async function deleteConfiguration(db: PrismaClient, userId: string, code: string): Promise<void> {
  const { count } = await db.savedConfiguration.deleteMany({ where: { code, ownerId: userId } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such saved configuration.', { reason: 'CONFIGURATION_NOT_FOUND' });
}

/** Everything Virage holds about the customer, as one JSON document (the staff lookup log included). */
export async function exportCustomerData(db: PrismaClient, userId: string, now: Date) {
  const [user, profile, configurations, holds, drives, orders, journey, lookups, consents, conversations, surveys, simulations] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, emailVerified: true, locale: true, createdAt: true } }),
    db.customerProfile.findUnique({ where: { userId } }),
    db.savedConfiguration.findMany({ where: { ownerId: userId }, select: { code: true, title: true, modelCode: true, configuration: true, createdAt: true }, orderBy: { createdAt: 'desc' } }),
    db.vehicleHold.findMany({ where: { holderId: userId }, select: { id: true, status: true, expiresAt: true, createdAt: true, endedAt: true, vehicle: { select: { vin: true, modelCode: true, dealership: { select: { name: true } } } } } }),
    db.testDrive.findMany({
      where: { buyerUserId: userId },
      select: { reference: true, status: true, kind: true, modelCode: true, startsAt: true, endsAt: true, channel: true, driverFirstName: true, driverLastName: true, driverEmail: true, driverPhone: true, licenceNumber: true, licenceIssuedOn: true, birthDate: true, homeStreet: true, homePostalCode: true, homeCity: true, buyerNote: true, createdAt: true, dealership: { select: { name: true } } },
    }),
    db.order.findMany({ where: { buyerId: userId }, select: { reference: true, status: true, kind: true, modelCode: true, trimCode: true, totalCents: true, depositCents: true, snapshot: true, buyerEmail: true, createdAt: true, dealership: { select: { name: true } } } }),
    db.journeyEvent.findMany({ where: { userId }, orderBy: { occurredAt: 'desc' }, select: { channel: true, step: true, dealershipId: true, modelCode: true, subjectRef: true, staffUserId: true, occurredAt: true } }),
    db.staffLookup.findMany({ where: { customerId: userId }, orderBy: { at: 'desc' }, select: { at: true, method: true, outcome: true, dealershipId: true, staffUserId: true } }),
    db.showroomConsent.findMany({ where: { customerId: userId }, select: { dealershipId: true, scope: true, grantedAt: true, validUntil: true, revokedAt: true, requestedByUserId: true } }),
    db.chatConversation.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: 'desc' },
      select: {
        status: true,
        createdAt: true,
        closedAt: true,
        followUp: true,
        contactEmail: true,
        callbackPhone: true,
        callbackAt: true,
        csatScore: true,
        csatComment: true,
        messages: { orderBy: { seq: 'asc' }, select: { seq: true, authorRole: true, authorName: true, kind: true, body: true, createdAt: true } },
      },
    }),
    db.surveyInvitation.findMany({ where: { customerId: userId }, orderBy: { createdAt: 'desc' }, select: { step: true, subjectRef: true, dealershipId: true, modelCode: true, sent: true, createdAt: true, answeredAt: true, csat: true, nps: true, comment: true } }),
    db.financingSimulation.findMany({ where: { ownerId: userId }, orderBy: { updatedAt: 'desc' }, select: { params: true, modelCode: true, trimCode: true, priceCents: true, cashDepositCents: true, durationMonths: true, annualMileageKm: true, offers: true, createdAt: true, updatedAt: true } }),
  ]);
  const surveyOptOut = await db.surveyOptOut.findUnique({ where: { email: user.email.toLowerCase() }, select: { at: true } });
  const staffIds = [...new Set([...lookups.map((l) => l.staffUserId), ...consents.map((c) => c.requestedByUserId), ...journey.flatMap((j) => (j.staffUserId ? [j.staffUserId] : []))])];
  const dealershipIds = [...new Set([...lookups.flatMap((l) => (l.dealershipId ? [l.dealershipId] : [])), ...consents.map((c) => c.dealershipId), ...journey.flatMap((j) => (j.dealershipId ? [j.dealershipId] : []))])];
  const [staff, dealerships] = await Promise.all([
    db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } }),
    db.dealership.findMany({ where: { id: { in: dealershipIds } }, select: { id: true, name: true } }),
  ]);
  const staffName = new Map(staff.map((s) => [s.id, s.name]));
  const dealershipName = new Map(dealerships.map((d) => [d.id, d.name]));
  const named = <T extends { dealershipId: string | null }>(row: T) => ({ ...row, dealership: row.dealershipId ? (dealershipName.get(row.dealershipId) ?? null) : null });
  return {
    exportedAt: now.toISOString(),
    account: user,
    profile,
    savedConfigurations: configurations,
    holds,
    testDrives: drives,
    orders,
    journey: journey.map((j) => ({ ...named(j), staff: j.staffUserId ? (staffName.get(j.staffUserId) ?? null) : null })),
    staffLookups: lookups.map((l) => ({ ...named(l), staff: staffName.get(l.staffUserId) ?? null })),
    showroomConsents: consents.map((c) => ({ ...named(c), askedBy: staffName.get(c.requestedByUserId) ?? null })),
    conversations,
    surveys: { refusedSince: surveyOptOut?.at ?? null, invitations: surveys },
    financingSimulations: simulations,
  };
}

export type CustomerExport = Awaited<ReturnType<typeof exportCustomerData>>;

const ERASED = '—';

/**
 * Deletes the customer's account.
 *
 * - Removed: profile, saved configurations, financing simulations, conversations, sessions and sign-in credentials, consents; the
 *   driver details of their test drives are erased and upcoming drives cancelled.
 * - Released: active holds (the car goes back on sale at once).
 * - Anonymised: journey events (user id removed: the statistics stay, nobody behind them), survey
 *   answers (owner, address and subject removed), and
 *   the staff lookup log entries about them.
 * - Orders are kept: an order form and its payments are accounting records that must be kept
 *   ten years (Code de commerce, art. L123-22). A customer without orders is deleted outright; one
 *   with orders keeps a closed, nameless user row the orders point to (e-mail replaced by an
 *   unusable address, no password, no session): the orders' own snapshot (name, address as on the
 *   order form) stays as the legal record, reachable by staff only.
 */
export async function deleteCustomerAccount(db: PrismaClient, userId: string, now: Date): Promise<{ kept: 'none' | 'orders' }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new AppError('NOT_FOUND', 'No such account.');
    if (user.role !== 'customer') throw new AppError('FORBIDDEN', 'Staff accounts are closed by an administrator.', { reason: 'STAFF_ACCOUNT' });
    await tx.vehicleHold.updateMany({ where: { holderId: userId, status: 'active' }, data: { status: 'released', endedAt: now } });
    await tx.testDrive.updateMany({ where: { buyerUserId: userId, status: 'scheduled', startsAt: { gt: now } }, data: { status: 'cancelled', cancelledAt: now, cancelReason: 'account_deleted' } });
    await tx.testDrive.updateMany({
      where: { buyerUserId: userId },
      data: { buyerUserId: null, driverFirstName: ERASED, driverLastName: ERASED, driverEmail: `erased-${userId}@deleted.invalid`, driverPhone: ERASED, licenceNumber: ERASED, homeStreet: null, homePostalCode: null, homeCity: null, homeLat: null, homeLon: null, buyerNote: null },
    });
    await tx.testDrive.updateMany({ where: { bookedByUserId: userId }, data: { bookedByUserId: null } });
    await tx.journeyEvent.updateMany({ where: { userId }, data: { userId: null } });
    await tx.journeyCustomerSummary.deleteMany({ where: { userId } });
    // Survey answers stay in the statistics with nobody behind them (each keeps a distinct placeholder owner: unique per owner, step, subject).
    await tx.$executeRaw`UPDATE survey_invitation SET "customerId" = 'erased:' || id, email = '', "subjectRef" = id WHERE "customerId" = ${userId}`;
    const address = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (address) await tx.surveyOptOut.deleteMany({ where: { email: address.email.toLowerCase() } });
    await tx.staffLookup.updateMany({ where: { customerId: userId }, data: { customerId: null } });
    await tx.showroomConsent.deleteMany({ where: { customerId: userId } });
    await tx.savedConfiguration.deleteMany({ where: { ownerId: userId } });
    await tx.financingSimulation.deleteMany({ where: { ownerId: userId } });
    // Conversations with the advisors are personal data, not accounting records: they go too.
    await tx.chatConversation.deleteMany({ where: { ownerId: userId } });
    await tx.customerProfile.deleteMany({ where: { userId } });
    const orders = await tx.order.count({ where: { buyerId: userId } });
    if (orders === 0) {
      await tx.vehicleHold.deleteMany({ where: { holderId: userId } });
      await tx.user.delete({ where: { id: userId } });
      return { kept: 'none' as const };
    }
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { name: '', email: `deleted-${userId}@deleted.invalid`, emailVerified: false, image: null, locale: null } });
    return { kept: 'orders' as const };
  });
}
