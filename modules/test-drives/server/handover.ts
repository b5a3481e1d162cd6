import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { classifyDbError } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { findSlots, groupSlotsByLocalDay, localDateOf, localTimeOf, validateBookingRequest, type AvailabilityData, type BookingRefusalCode, type SlotRequest } from '../slots';
import type { SlotDayView } from '../types';
import { dealershipSchedule, weeklyHoursFromJson } from './availability';
import { bayId, bayNumber, HANDOVER_MINUTES, HANDOVER_RESOURCE, toBooking } from './handover-data';
import { refusalError } from './refusals';

// Car handovers booked on the test-drive slot engine: the same search and the same booking check
// as a drive, with handover bays in place of demo cars. The database refuses overlaps (exclusion
// constraints per staff member and per bay, and a trigger against a staff member's drives).

type Client = PrismaClient | Prisma.TransactionClient;
const DAY_MS = 86_400_000;
const SLOT_WINDOW_DAYS = 14;

export type HandoverView = { id: string; dealershipId: string; staffName: string; bay: number; start: string; end: string; localDate: string; localTime: string; timeZone: string };
/** Where a handover can be booked: a dealership, and the day the car can be ready at the earliest. */
export type HandoverPlace = { dealershipId: string; earliest: Date };

async function loadHandoverAvailability(client: Client, dealershipId: string, from: Date, to: Date) {
  const dealership = await client.dealership.findUnique({ where: { id: dealershipId } });
  if (!dealership) throw new AppError('NOT_FOUND', 'Dealership not found.', { reason: 'DEALERSHIP_NOT_FOUND' });
  const windowFrom = new Date(from.getTime() - DAY_MS);
  const windowTo = new Date(to.getTime() + DAY_MS);
  const staff = await client.staff.findMany({
    where: { dealershipId, active: true },
    include: { timeOff: { where: { endsAt: { gt: windowFrom }, startsAt: { lt: windowTo } } } },
    orderBy: { id: 'asc' },
  });
  const staffIds = staff.map((s) => s.id);
  const drives = await client.testDrive.findMany({
    where: { status: { not: 'cancelled' }, staffId: { in: staffIds }, occupiedStart: { lt: windowTo }, occupiedEnd: { gt: windowFrom } },
    select: { id: true, carId: true, staffId: true, startsAt: true, endsAt: true, kind: true, travelBeforeMinutes: true, travelAfterMinutes: true },
  });
  const handovers = await client.handoverAppointment.findMany({
    where: { status: { not: 'cancelled' }, OR: [{ dealershipId }, { staffId: { in: staffIds } }], startsAt: { lt: windowTo }, bayReadyAt: { gt: windowFrom } },
    select: { id: true, staffId: true, bay: true, startsAt: true, endsAt: true },
  });
  const data: AvailabilityData = {
    dealership: dealershipSchedule(dealership),
    cars: Array.from({ length: dealership.handoverBays }, (_, i) => ({ id: bayId(i + 1), modelCode: HANDOVER_RESOURCE, maintenance: [] })),
    staff: staff.map((s) => ({
      id: s.id,
      role: s.role,
      workingHours: weeklyHoursFromJson(s.workingHours),
      timeOff: s.timeOff.map((t) => ({ kind: 'range' as const, start: t.startsAt, end: t.endsAt })),
    })),
    bookings: [...drives.map((d) => ({ id: d.id, carId: d.carId, staffId: d.staffId, start: d.startsAt, end: d.endsAt, kind: d.kind, travelBeforeMinutes: d.travelBeforeMinutes, travelAfterMinutes: d.travelAfterMinutes })), ...handovers.map(toBooking)],
  };
  return { dealership, data };
}

/** The engine's request for a handover; its clock starts when the car can be ready, so notice and horizon count from then. */
function handoverRequest(place: HandoverPlace, now: Date, excludeBookingId?: string): SlotRequest {
  const clock = new Date(Math.max(now.getTime(), place.earliest.getTime()));
  return { modelCode: HANDOVER_RESOURCE, kind: 'showroom', durationMinutes: HANDOVER_MINUTES, now: clock, ...(excludeBookingId ? { excludeBookingId } : {}) };
}

function handoverRefusal(code: BookingRefusalCode): AppError {
  if (code === 'NO_MATCHING_CAR' || code === 'NO_ELIGIBLE_STAFF' || code === 'INVALID_DURATION')
    return new AppError('CONFLICT', 'This dealership cannot hand cars over at the moment.', { reason: 'HANDOVER_UNAVAILABLE' });
  return refusalError(code);
}

/** Free handover slots at the dealership, by local day, from the day the car can be ready. */
export async function handoverSlots(client: Client, place: HandoverPlace, now: Date, excludeBookingId?: string): Promise<SlotDayView[]> {
  const request = handoverRequest(place, now, excludeBookingId);
  const to = new Date(request.now.getTime() + SLOT_WINDOW_DAYS * DAY_MS);
  const { dealership, data } = await loadHandoverAvailability(client, place.dealershipId, request.now, to);
  const search = findSlots(data, { ...request, fromDate: localDateOf(request.now, dealership.timeZone), toDate: localDateOf(to, dealership.timeZone) });
  if (search.refusal) throw handoverRefusal(search.refusal);
  return groupSlotsByLocalDay(search.slots).map((day) => ({
    date: day.date,
    slots: day.slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), localDate: s.localDate, localTime: s.localTime })),
  }));
}

/**
 * Books (or moves) the handover of an order at `start`, inside the caller's transaction: checked
 * by the engine against fresh data, then each free staff member × bay pair is tried under a
 * savepoint until the database accepts one; a pair taken meanwhile is refused by the exclusion
 * constraints and the next one tried. None left: SLOT_TAKEN (409).
 */
export async function bookHandover(tx: Prisma.TransactionClient, input: HandoverPlace & { orderId: string; start: Date; bookedBy: string }, now: Date): Promise<HandoverView> {
  const existing = await tx.handoverAppointment.findUnique({ where: { orderId: input.orderId }, select: { id: true } });
  const request = handoverRequest(input, now, existing?.id);
  const { dealership, data } = await loadHandoverAvailability(tx, input.dealershipId, input.start, input.start);
  const check = validateBookingRequest(data, request, { start: input.start });
  if (!check.ok) throw handoverRefusal(check.code);
  const bayReadyAt = new Date(check.end.getTime() + dealership.prepBufferMinutes * 60_000);
  for (const staffId of check.staffIds) {
    for (const bay of check.carIds.map(bayNumber)) {
      await tx.$executeRawUnsafe('SAVEPOINT handover');
      try {
        if (existing) {
          await tx.$executeRaw`UPDATE handover_appointment SET "dealershipId" = ${input.dealershipId}, "staffId" = ${staffId}, bay = ${bay}, status = 'booked',
            "startsAt" = ${check.start}, "endsAt" = ${check.end}, "bayReadyAt" = ${bayReadyAt}, "bookedBy" = ${input.bookedBy}, "updatedAt" = now() WHERE id = ${existing.id}`;
        } else {
          await tx.$executeRaw`INSERT INTO handover_appointment (id, "orderId", "dealershipId", "staffId", bay, status, "startsAt", "endsAt", "bayReadyAt", "bookedBy", "updatedAt")
            VALUES (${`ho_${randomBytes(12).toString('base64url')}`}, ${input.orderId}, ${input.dealershipId}, ${staffId}, ${bay}, 'booked', ${check.start}, ${check.end}, ${bayReadyAt}, ${input.bookedBy}, now())`;
        }
        await tx.$executeRawUnsafe('RELEASE SAVEPOINT handover');
        const view = await handoverOf(tx, input.orderId);
        if (!view) throw new Error('The handover just written is not there.');
        return view;
      } catch (error) {
        if (classifyDbError(error) !== 'exclusion') throw error;
        await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT handover');
      }
    }
  }
  throw refusalError('SLOT_TAKEN');
}

/** Frees the staff member and bay of an order's handover (order cancelled or withdrawn). */
export async function cancelHandover(tx: Prisma.TransactionClient, orderId: string): Promise<void> {
  await tx.handoverAppointment.updateMany({ where: { orderId, status: 'booked' }, data: { status: 'cancelled' } });
}

export async function handoverOf(client: Client, orderId: string): Promise<HandoverView | null> {
  const row = await client.handoverAppointment.findUnique({
    where: { orderId },
    select: { id: true, status: true, dealershipId: true, bay: true, startsAt: true, endsAt: true, staff: { select: { name: true } }, dealership: { select: { timeZone: true } } },
  });
  if (!row || row.status !== 'booked') return null;
  const tz = row.dealership.timeZone;
  return {
    id: row.id,
    dealershipId: row.dealershipId,
    staffName: row.staff.name,
    bay: row.bay,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    localDate: localDateOf(row.startsAt, tz),
    localTime: localTimeOf(row.startsAt, tz),
    timeZone: tz,
  };
}
