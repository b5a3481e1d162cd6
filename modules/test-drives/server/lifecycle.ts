import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { canTransition, type DriveStatus, type DriveView } from '../types';
import { canCheckIn, checkInOpensAt, mileageIssue } from '../drive-checks';
import { assertDealershipAccess, assertStaff, canSeeDrive, type Actor } from './access';
import { sendSurvey } from './notify';
import { driveInclude, getDriveRow, toDriveView, type DriveRow } from './queries';

// The day-of-drive lifecycle, run by dealership staff (and advisors/admins).

async function staffDrive(actor: Actor, driveId: string): Promise<DriveRow> {
  assertStaff(actor);
  const row = await getDriveRow(driveId);
  // Another dealership's drive answers like an unknown id (existence does not leak).
  if (!row || !canSeeDrive(actor, row)) throw new AppError('NOT_FOUND', 'Test drive not found.', { reason: 'DRIVE_NOT_FOUND' });
  return row;
}

async function transition(row: DriveRow, to: DriveStatus, data: Prisma.TestDriveUpdateManyMutationInput): Promise<DriveRow> {
  if (!canTransition(row.status, to)) {
    throw new AppError('CONFLICT', `A ${row.status} drive cannot become ${to}.`, { reason: 'INVALID_TRANSITION', details: { from: row.status, to } });
  }
  // Conditional on the status read, so two clicks (or two staff members) cannot both apply.
  const updated = await db.testDrive.updateMany({ where: { id: row.id, status: row.status }, data: { ...data, status: to } });
  if (updated.count === 0) throw new AppError('CONFLICT', 'This test drive was changed meanwhile.', { reason: 'INVALID_TRANSITION' });
  return db.testDrive.findUniqueOrThrow({ where: { id: row.id }, include: driveInclude });
}

export async function checkInDrive(actor: Actor, driveId: string, input: { licenceSeen: boolean }, now: Date = new Date()): Promise<DriveView> {
  const row = await staffDrive(actor, driveId);
  if (!input.licenceSeen) throw new AppError('VALIDATION_FAILED', 'Check the driving licence first.', { reason: 'LICENCE_NOT_SEEN' });
  const margin = env().CHECK_IN_MARGIN_MINUTES;
  if (row.status === 'scheduled' && !canCheckIn(row.startsAt, now, margin)) {
    throw new AppError('CONFLICT', 'Too early to check this drive in.', { reason: 'TOO_EARLY_FOR_CHECK_IN', details: { opensAt: checkInOpensAt(row.startsAt, margin).toISOString() } });
  }
  return toDriveView(await transition(row, 'checked_in', { checkedInAt: now, licenceSeen: true }));
}

export async function startDrive(actor: Actor, driveId: string, input: { startMileageKm?: number } = {}, now: Date = new Date()): Promise<DriveView> {
  const row = await staffDrive(actor, driveId);
  return toDriveView(await transition(row, 'in_progress', { startedAt: now, startMileageKm: input.startMileageKm ?? null }));
}

const MILEAGE_OVERRIDE_TAG = 'Kilométrage confirmé';

/** Completes the drive and e-mails the two-question survey to the driver. */
export async function finishDrive(
  actor: Actor,
  driveId: string,
  input: { finishMileageKm?: number; notes?: string; mileageOverrideReason?: string } = {},
  now: Date = new Date(),
): Promise<DriveView> {
  const row = await staffDrive(actor, driveId);
  const issue = mileageIssue(row.startMileageKm, input.finishMileageKm);
  if (issue === 'lower') throw new AppError('VALIDATION_FAILED', 'The mileage at finish is lower than at start.', { reason: 'MILEAGE_INVALID' });
  const override = input.mileageOverrideReason?.trim();
  if (issue === 'implausible' && !override) {
    throw new AppError('VALIDATION_FAILED', 'This distance is implausible for a test drive; confirm it with a reason.', { reason: 'MILEAGE_IMPLAUSIBLE' });
  }
  // The confirmed reason stays with the drive's notes, where the dealership reads it.
  const notes = [issue === 'implausible' && override ? `[${MILEAGE_OVERRIDE_TAG}] ${override}` : null, input.notes?.trim() || null].filter(Boolean).join('\n');
  const done = await transition(row, 'completed', { finishedAt: now, finishMileageKm: input.finishMileageKm ?? null, finishNotes: notes || null });
  await sendSurvey(done, now);
  return toDriveView(await db.testDrive.findUniqueOrThrow({ where: { id: row.id }, include: driveInclude }));
}

export async function markNoShow(actor: Actor, driveId: string, now: Date = new Date()): Promise<DriveView> {
  const row = await staffDrive(actor, driveId);
  if (now.getTime() < row.startsAt.getTime()) throw new AppError('CONFLICT', 'A drive can be marked no-show only after its start time.', { reason: 'TOO_EARLY_FOR_NO_SHOW' });
  return toDriveView(await transition(row, 'no_show', { noShowAt: now }));
}

type Block = { start: Date; end: Date; reason?: string };

function assertBlock(block: Block): void {
  if (!(block.start.getTime() < block.end.getTime())) throw new AppError('VALIDATION_FAILED', 'The end must be after the start.', { reason: 'RANGE_INVALID' });
}

export async function addCarMaintenance(actor: Actor, input: Block & { carId: string }): Promise<{ id: string }> {
  assertStaff(actor);
  assertBlock(input);
  const car = await db.demoCar.findUnique({ where: { id: input.carId }, select: { dealershipId: true } });
  if (!car) throw new AppError('NOT_FOUND', 'Demo car not found.');
  assertDealershipAccess(actor, car.dealershipId);
  return db.demoCarMaintenance.create({ data: { carId: input.carId, startsAt: input.start, endsAt: input.end, reason: input.reason ?? null, createdByUserId: actor.userId }, select: { id: true } });
}

export async function removeCarMaintenance(actor: Actor, id: string): Promise<void> {
  assertStaff(actor);
  const block = await db.demoCarMaintenance.findUnique({ where: { id }, select: { car: { select: { dealershipId: true } } } });
  if (!block) throw new AppError('NOT_FOUND', 'Maintenance block not found.');
  assertDealershipAccess(actor, block.car.dealershipId);
  await db.demoCarMaintenance.delete({ where: { id } });
}

export async function addStaffTimeOff(actor: Actor, input: Block & { staffId: string }): Promise<{ id: string }> {
  assertStaff(actor);
  assertBlock(input);
  const member = await db.staff.findUnique({ where: { id: input.staffId }, select: { dealershipId: true } });
  if (!member) throw new AppError('NOT_FOUND', 'Staff member not found.');
  assertDealershipAccess(actor, member.dealershipId);
  return db.staffTimeOff.create({ data: { staffId: input.staffId, startsAt: input.start, endsAt: input.end, reason: input.reason ?? null, createdByUserId: actor.userId }, select: { id: true } });
}

export async function removeStaffTimeOff(actor: Actor, id: string): Promise<void> {
  assertStaff(actor);
  const block = await db.staffTimeOff.findUnique({ where: { id }, select: { staff: { select: { dealershipId: true } } } });
  if (!block) throw new AppError('NOT_FOUND', 'Time off not found.');
  assertDealershipAccess(actor, block.staff.dealershipId);
  await db.staffTimeOff.delete({ where: { id } });
}
