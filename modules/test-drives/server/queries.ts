import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { localDateOf, localTimeOf } from '../slots';
import type { DriveStatus, DriveView, SurveyAnswerView } from '../types';
import { assertDealershipAccess, assertDriveAccess, isAdvisorLike, isBuyer, isDealerUser, type Actor } from './access';

export const driveInclude = {
  dealership: { select: { id: true, name: true, city: true, street: true, postalCode: true, phone: true, timeZone: true } },
  car: { select: { id: true, plate: true, modelCode: true, trimCode: true } },
  staff: { select: { id: true, name: true } },
  survey: { select: { score: true, comment: true, answeredAt: true } },
} satisfies Prisma.TestDriveInclude;

export type DriveRow = Prisma.TestDriveGetPayload<{ include: typeof driveInclude }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date) => d.toISOString().slice(0, 10);

export function toDriveView(row: DriveRow): DriveView {
  const tz = row.dealership.timeZone;
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    kind: row.kind,
    channel: row.channel,
    dealership: row.dealership,
    car: row.car,
    staff: row.staff,
    modelCode: row.modelCode,
    trimCode: row.trimCode,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    occupiedStart: row.occupiedStart.toISOString(),
    occupiedEnd: row.occupiedEnd.toISOString(),
    localDate: localDateOf(row.startsAt, tz),
    localTime: localTimeOf(row.startsAt, tz),
    durationMinutes: row.durationMinutes,
    travelBeforeMinutes: row.travelBeforeMinutes,
    travelAfterMinutes: row.travelAfterMinutes,
    driver: {
      firstName: row.driverFirstName,
      lastName: row.driverLastName,
      email: row.driverEmail,
      phone: row.driverPhone,
      licenceNumber: row.licenceNumber,
      licenceIssuedOn: day(row.licenceIssuedOn),
      birthDate: day(row.birthDate),
    },
    home:
      row.kind === 'home' && row.homeStreet !== null
        ? { street: row.homeStreet, postalCode: row.homePostalCode ?? '', city: row.homeCity ?? '', distanceKm: row.homeDistanceKm ?? 0 }
        : null,
    locale: row.locale === 'en' ? 'en' : 'fr',
    buyerUserId: row.buyerUserId,
    bookedByUserId: row.bookedByUserId,
    checkedInAt: iso(row.checkedInAt),
    licenceSeen: row.licenceSeen,
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    startMileageKm: row.startMileageKm,
    finishMileageKm: row.finishMileageKm,
    finishNotes: row.finishNotes,
    cancelledAt: iso(row.cancelledAt),
    rescheduledCount: row.rescheduledCount,
    survey: row.survey ? { score: row.survey.score, comment: row.survey.comment, answeredAt: row.survey.answeredAt.toISOString() } : null,
  };
}

export async function getDriveRow(driveId: string): Promise<DriveRow | null> {
  return db.testDrive.findUnique({ where: { id: driveId }, include: driveInclude });
}

export async function getDrive(driveId: string): Promise<DriveView | null> {
  const row = await getDriveRow(driveId);
  return row ? toDriveView(row) : null;
}

export async function requireDriveRow(actor: Actor, driveId: string): Promise<DriveRow> {
  const row = await getDriveRow(driveId);
  if (!row) throw new AppError('NOT_FOUND', 'Test drive not found.', { reason: 'DRIVE_NOT_FOUND' });
  assertDriveAccess(actor, row);
  return row;
}

export async function getDriveForActor(actor: Actor, driveId: string): Promise<DriveView> {
  return toDriveView(await requireDriveRow(actor, driveId));
}

/** Drives starting in [from, to), by start time. */
export async function listDealershipDrives(dealershipId: string, range: { from: Date; to: Date }, opts: { statuses?: DriveStatus[] } = {}): Promise<DriveView[]> {
  const rows = await db.testDrive.findMany({
    where: { dealershipId, startsAt: { gte: range.from, lt: range.to }, ...(opts.statuses ? { status: { in: opts.statuses } } : {}) },
    include: driveInclude,
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toDriveView);
}

/**
 * A buyer's drives. Advisors/admins see every dealership's; dealer users only their own
 * dealership's (both may look a buyer up by e-mail); a buyer only the drives booked by their own
 * identity, never by e-mail (see canSeeDrive).
 */
export async function listBuyerDrives(actor: Actor, query: { buyerEmail?: string; buyerUserId?: string }): Promise<DriveView[]> {
  let where: Prisma.TestDriveWhereInput;
  if (isBuyer(actor)) {
    if (actor.userId === null) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    if (query.buyerEmail !== undefined || (query.buyerUserId !== undefined && query.buyerUserId !== actor.userId)) {
      throw new AppError('FORBIDDEN', 'You can only see your own drives.');
    }
    where = { buyerUserId: actor.userId };
  } else {
    if (!query.buyerEmail && !query.buyerUserId) throw new AppError('VALIDATION_FAILED', 'Give a buyer e-mail or user id.', { reason: 'BUYER_REQUIRED' });
    where = {
      ...(query.buyerEmail ? { driverEmail: query.buyerEmail.toLowerCase() } : {}),
      ...(query.buyerUserId ? { buyerUserId: query.buyerUserId } : {}),
      ...(isDealerUser(actor) ? { dealershipId: actor.dealershipId ?? '-' } : {}),
    };
    if (!isAdvisorLike(actor) && !isDealerUser(actor)) throw new AppError('FORBIDDEN', 'Not allowed.');
  }
  const rows = await db.testDrive.findMany({ where, include: driveInclude, orderBy: [{ startsAt: 'desc' }], take: 100 });
  return rows.map(toDriveView);
}

export async function listSurveyAnswers(dealershipId: string): Promise<SurveyAnswerView[]> {
  const rows = await db.testDriveSurvey.findMany({
    where: { drive: { dealershipId } },
    include: { drive: { select: { id: true, reference: true, modelCode: true, driverFirstName: true, driverLastName: true, startsAt: true } } },
    orderBy: { answeredAt: 'desc' },
  });
  return rows.map((r) => ({
    driveId: r.drive.id,
    reference: r.drive.reference,
    modelCode: r.drive.modelCode,
    driverName: `${r.drive.driverFirstName} ${r.drive.driverLastName}`,
    driveStart: r.drive.startsAt.toISOString(),
    score: r.score,
    comment: r.comment,
    answeredAt: r.answeredAt.toISOString(),
  }));
}

export async function listDealershipResources(actor: Actor, dealershipId: string) {
  assertDealershipAccess(actor, dealershipId);
  const [cars, staff] = await Promise.all([
    db.demoCar.findMany({ where: { dealershipId }, select: { id: true, plate: true, modelCode: true, trimCode: true, active: true, displayOnly: true }, orderBy: [{ modelCode: 'asc' }, { plate: 'asc' }] }),
    db.staff.findMany({ where: { dealershipId, active: true }, select: { id: true, name: true, role: true }, orderBy: { name: 'asc' } }),
  ]);
  return { cars, staff };
}
