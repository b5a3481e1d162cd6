import 'server-only';
import { randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { checkDriver, ZDriver } from '../driver';
import { zInstant } from '../local-date-time';
import { localDateOf, validateBookingRequest, type SlotRequest } from '../slots';
import { BOOKING_CHANNELS, DRIVE_KINDS, type DriveView } from '../types';
import { assertDealershipAccess, assertDriveAccess, isBuyer, isStaffActor, type Actor } from './access';
import { geocodeHome, homeLocation, loadAvailability, powertrainFor, type ResolvedHome } from './availability';
import { claimResources } from './claim';
import { assertBuyerFree, refuseOnExclusion } from './exclusions';
import { afterBooked, manageUrl, testDriveEffects, writeBookedMail, writeCancelledMail } from './notify';
import { driveInclude, getDriveRow, toDriveView, type DriveRow } from './queries';
import { refusalError, type DriveRefusalCode } from './refusals';
import { retryTransient, transaction, type Tx } from './transaction';
import { trackJourney } from '@/modules/journey/server';

export const ZHomeAddress = z.object({ street: z.string().trim().min(1).max(200), postalCode: z.string().trim().regex(/^\d{5}$/), city: z.string().trim().max(100).default('') });

export const ZBookDriveInput = z.object({
  dealershipId: z.string().min(1).max(64),
  modelCode: z.string().min(1).max(64),
  trimCode: z.string().min(1).max(64).optional(),
  powertrain: z.string().min(1).max(32).optional(),
  kind: z.enum(DRIVE_KINDS),
  durationMinutes: z.number().int().default(45),
  start: zInstant(),
  home: ZHomeAddress.optional(),
  driver: ZDriver,
  locale: z.enum(['fr', 'en']).default('fr'),
  /** Staff only; buyers always book on the web channel. */
  channel: z.enum(BOOKING_CHANNELS).optional(),
  note: z.string().trim().max(1000).optional(),
  carId: z.string().max(64).optional(),
  staffId: z.string().max(64).optional(),
});
export type BookDriveInput = z.input<typeof ZBookDriveInput>;
export type BookedDrive = { drive: DriveView; manageUrl: string };
/** A slot an advisor proposed in the chat, booked by the buyer: recorded on the drive. */
export type ChatProposal = { proposedByUserId: string };

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function newReference(): string {
  return `VX${Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('')}`;
}

/**
 * The account the drive belongs to. A buyer's own identity; for staff booking on a buyer's
 * behalf, the customer account of that e-mail only once the address is verified (a magic link
 * was opened): an unverified sign-up with someone else's address must not receive their drive.
 */
async function resolveBuyerUserId(actor: Actor, email: string): Promise<string | null> {
  if (isBuyer(actor)) return actor.userId;
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, role: true, emailVerified: true } });
  return user?.role === 'customer' && user.emailVerified ? user.id : null;
}

/**
 * Books a drive for any channel. Everything is re-validated here against fresh data.
 * `identify` gives an anonymous buyer their guest identity once the booking passed every check,
 * so that a refused booking creates no user.
 */
export async function bookDrive(actor: Actor, rawInput: BookDriveInput, now: Date = new Date(), identify?: () => Promise<Actor>, proposal?: ChatProposal): Promise<BookedDrive> {
  const input = ZBookDriveInput.parse(rawInput);
  if (isStaffActor(actor)) assertDealershipAccess(actor, input.dealershipId);
  if (!isBuyer(actor) && !isStaffActor(actor)) throw new AppError('FORBIDDEN', 'Not allowed.');
  // A buyer's booking is on the web, unless it is a slot an advisor proposed in the chat (the chat
  // module checked that the slot was offered in the buyer's own conversation).
  const channel = isBuyer(actor) ? (proposal ? 'chat' : 'web') : (input.channel ?? 'phone');
  if (isBuyer(actor) && (input.carId !== undefined || input.staffId !== undefined)) throw new AppError('FORBIDDEN', 'Buyers cannot choose the car or staff member.');

  const dealership = await db.dealership.findUnique({ where: { id: input.dealershipId }, select: { timeZone: true, lat: true, lon: true, prepBufferMinutes: true } });
  if (!dealership) throw new AppError('NOT_FOUND', 'Dealership not found.', { reason: 'DEALERSHIP_NOT_FOUND' });
  const driverCheck = checkDriver(input.driver, localDateOf(now, dealership.timeZone));
  if (!driverCheck.ok) throw new AppError('VALIDATION_FAILED', 'The driver details are not valid.', { reason: driverCheck.code });

  let home: (ResolvedHome & { distanceKm: number; travelMinutes?: number }) | undefined;
  if (input.kind === 'home') {
    if (!input.home) throw refusalError('HOME_ADDRESS_REQUIRED');
    const resolved = await geocodeHome(input.home);
    home = { ...resolved, ...homeLocation(dealership, resolved) };
  }
  const request: SlotRequest = {
    modelCode: input.modelCode,
    powertrain: powertrainFor(input.modelCode, input.trimCode, input.powertrain),
    kind: input.kind,
    durationMinutes: input.durationMinutes,
    home: home ? { distanceKm: home.distanceKm, travelMinutes: home.travelMinutes } : undefined,
    now,
  };
  // Each attempt reads fresh availability, then claims a car and staff member and writes the
  // drive and its confirmation e-mail in one transaction (see claim.ts for the concurrency).
  const { row, mailId } = await retryTransient(async () => {
    const { data } = await loadAvailability(input.dealershipId, { modelCode: input.modelCode, from: input.start, to: input.start });
    const check = validateBookingRequest(data, request, { start: input.start, carId: input.carId, staffId: input.staffId });
    if (!check.ok) throw await refusalFor(check.code, actor.userId === null ? null : await resolveBuyerUserId(actor, input.driver.email), input.start, input.durationMinutes);
    if (actor.userId === null && identify) actor = await identify();
    const buyerUserId = await resolveBuyerUserId(actor, input.driver.email);
    const carReadyAt = new Date(check.occupiedEnd.getTime() + dealership.prepBufferMinutes * 60_000);
    return transaction(async (tx) => {
      const claim = await claimResources(tx, check, { occupiedStart: check.occupiedStart, occupiedEnd: check.occupiedEnd, carReadyAt });
      if (!claim) throw refusalError('SLOT_TAKEN');
      await assertBuyerFree(tx, buyerUserId, check);
      const id = `td_${randomBytes(12).toString('base64url')}`;
      await refuseOnExclusion(tx.$executeRaw`
        INSERT INTO test_drive (
          id, reference, status, kind, "dealershipId", "carId", "staffId", "modelCode", "trimCode", powertrain,
          "durationMinutes", "startsAt", "endsAt", "travelBeforeMinutes", "travelAfterMinutes",
          "occupiedStart", "occupiedEnd", "carReadyAt", "buyerUserId",
          "driverFirstName", "driverLastName", "driverEmail", "driverPhone", "licenceNumber", "licenceIssuedOn", "birthDate",
          locale, "homeStreet", "homePostalCode", "homeCity", "homeLat", "homeLon", "homeDistanceKm",
          "bookedByUserId", channel, "proposedByUserId", "buyerNote", "manageNonce", "updatedAt")
        VALUES (
          ${id}, ${newReference()}, 'scheduled', ${input.kind}::"TestDriveKind", ${input.dealershipId}, ${claim.carId}, ${claim.staffId},
          ${input.modelCode}, ${input.trimCode ?? null}, ${request.powertrain ?? null},
          ${input.durationMinutes}, ${check.start}, ${check.end}, ${check.travelBeforeMinutes}, ${check.travelAfterMinutes},
          ${check.occupiedStart}, ${check.occupiedEnd}, ${carReadyAt}, ${buyerUserId},
          ${input.driver.firstName}, ${input.driver.lastName}, ${input.driver.email}, ${input.driver.phone}, ${input.driver.licenceNumber},
          ${input.driver.licenceIssuedOn}::date, ${input.driver.birthDate}::date,
          ${input.locale}, ${home?.street ?? null}, ${home?.postalCode ?? null}, ${home?.city ?? null}, ${home?.lat ?? null}, ${home?.lon ?? null}, ${home?.distanceKm ?? null},
          ${actor.userId}, ${channel}::"BookingChannel", ${proposal?.proposedByUserId ?? null}, ${input.note ?? null}, ${randomBytes(16).toString('base64url')}, now())`);
      const booked = await tx.testDrive.findUniqueOrThrow({ where: { id }, include: driveInclude });
      return { row: booked, mailId: await writeBookedMail(tx, booked) };
    });
  });
  await afterBooked(row, mailId, now);
  trackJourney({
    channel,
    step: 'test_drive',
    userId: row.buyerUserId,
    staffUserId: isStaffActor(actor) ? actor.userId : null,
    dealershipId: row.dealershipId,
    modelCode: row.modelCode,
    subjectRef: row.reference,
  });
  return { drive: toDriveView(row), manageUrl: manageUrl(row) };
}

/**
 * A slot refused as taken may be taken by the buyer themselves (a second tab, a double click):
 * that says more than « taken », so it is the refusal given.
 */
async function refusalFor(code: DriveRefusalCode, buyerUserId: string | null, start: Date, durationMinutes: number, excludeDriveId?: string): Promise<AppError> {
  if (code === 'SLOT_TAKEN') await assertBuyerFree(db, buyerUserId, { start, end: new Date(start.getTime() + durationMinutes * 60_000) }, excludeDriveId);
  return refusalError(code);
}

export type MoveTarget = { start: Date; carId?: string; staffId?: string };

function assertScheduled(row: DriveRow): void {
  if (row.status === 'cancelled') throw new AppError('GONE', 'This test drive was cancelled.', { reason: 'DRIVE_CANCELLED' });
  if (row.status !== 'scheduled') throw new AppError('CONFLICT', 'This test drive can no longer be changed.', { reason: 'INVALID_TRANSITION' });
}

/** Reschedules a drive (same dealership, model, kind and address); old manage links then say "moved". */
export async function moveDriveRow(row: DriveRow, actor: Actor, to: MoveTarget, now: Date): Promise<BookedDrive> {
  assertScheduled(row);
  if (isBuyer(actor) && (to.carId !== undefined || to.staffId !== undefined)) throw new AppError('FORBIDDEN', 'Buyers cannot choose the car or staff member.');
  const request: SlotRequest = {
    modelCode: row.modelCode,
    powertrain: row.powertrain ?? undefined,
    kind: row.kind,
    durationMinutes: row.durationMinutes,
    home: row.kind === 'home' ? { distanceKm: row.homeDistanceKm ?? 0, travelMinutes: row.travelBeforeMinutes } : undefined,
    now,
    excludeBookingId: row.id,
  };
  const dealership = await db.dealership.findUniqueOrThrow({ where: { id: row.dealershipId }, select: { prepBufferMinutes: true } });
  const { moved, mailId } = await retryTransient(async () => {
    const { data } = await loadAvailability(row.dealershipId, { modelCode: row.modelCode, from: to.start, to: to.start });
    const check = validateBookingRequest(data, request, { start: to.start, carId: to.carId, staffId: to.staffId });
    if (!check.ok) throw await refusalFor(check.code, row.buyerUserId, to.start, row.durationMinutes, row.id);
    const carReadyAt = new Date(check.occupiedEnd.getTime() + dealership.prepBufferMinutes * 60_000);
    return transaction(async (tx) => {
      const claim = await claimResources(tx, check, { occupiedStart: check.occupiedStart, occupiedEnd: check.occupiedEnd, carReadyAt, excludeDriveId: row.id });
      if (!claim) throw refusalError('SLOT_TAKEN');
      await assertBuyerFree(tx, row.buyerUserId, check, row.id);
      const updated = await refuseOnExclusion(tx.$executeRaw`
        UPDATE test_drive SET "carId" = ${claim.carId}, "staffId" = ${claim.staffId}, "startsAt" = ${check.start}, "endsAt" = ${check.end},
          "travelBeforeMinutes" = ${check.travelBeforeMinutes}, "travelAfterMinutes" = ${check.travelAfterMinutes},
          "occupiedStart" = ${check.occupiedStart}, "occupiedEnd" = ${check.occupiedEnd}, "carReadyAt" = ${carReadyAt},
          "manageTokenVersion" = "manageTokenVersion" + 1, "rescheduledCount" = "rescheduledCount" + 1,
          "reminder24hSentAt" = NULL, "reminder2hSentAt" = NULL, "updatedAt" = now()
        WHERE id = ${row.id} AND status = 'scheduled' AND "manageTokenVersion" = ${row.manageTokenVersion}`);
      if (updated === 0) throw new AppError('CONFLICT', 'This test drive was changed meanwhile.', { reason: 'DRIVE_MOVED' });
      const after = await tx.testDrive.findUniqueOrThrow({ where: { id: row.id }, include: driveInclude });
      return { moved: after, mailId: await writeBookedMail(tx, after, true) };
    });
  });
  await afterBooked(moved, mailId, now);
  return { drive: toDriveView(moved), manageUrl: manageUrl(moved) };
}

export async function moveDrive(actor: Actor, driveId: string, to: MoveTarget, now: Date = new Date()): Promise<BookedDrive> {
  const row = await getDriveRow(driveId);
  if (!row) throw new AppError('NOT_FOUND', 'Test drive not found.', { reason: 'DRIVE_NOT_FOUND' });
  assertDriveAccess(actor, row);
  return moveDriveRow(row, actor, to, now);
}

export async function cancelDriveRow(row: DriveRow, actor: Actor, reason: string | undefined, now: Date): Promise<DriveView> {
  assertScheduled(row);
  // The cancellation and its e-mail commit together.
  const { cancelled, mailId } = await retryTransient(() =>
    transaction(async (tx: Tx) => {
      const updated = await tx.testDrive.updateMany({
        where: { id: row.id, status: 'scheduled' },
        data: { status: 'cancelled', cancelledAt: now, cancelledByUserId: actor.userId, cancelReason: reason ?? null },
      });
      if (updated.count === 0) throw new AppError('CONFLICT', 'This test drive was changed meanwhile.', { reason: 'INVALID_TRANSITION' });
      const after = await tx.testDrive.findUniqueOrThrow({ where: { id: row.id }, include: driveInclude });
      return { cancelled: after, mailId: await writeCancelledMail(tx, after) };
    }),
  );
  await testDriveEffects.deliverMail(mailId);
  return toDriveView(cancelled);
}

export async function cancelDrive(actor: Actor, driveId: string, reason?: string, now: Date = new Date()): Promise<DriveView> {
  const row = await getDriveRow(driveId);
  if (!row) throw new AppError('NOT_FOUND', 'Test drive not found.', { reason: 'DRIVE_NOT_FOUND' });
  assertDriveAccess(actor, row);
  return cancelDriveRow(row, actor, reason, now);
}
