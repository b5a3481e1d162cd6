import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { distanceKm, geocodeAddress, lookupPlace, travelMinutes } from '@/modules/geo';
import { modelEnergies, trimEnergy } from '../catalog-names';
import {
  findSlots,
  groupSlotsByLocalDay,
  localDateOf,
  type AvailabilityData,
  type DriveKind,
  type HomeLocation,
  type LocalTimeRange,
  type SlotRequest,
  type WeeklyHours,
  type Weekday,
} from '../slots';
import type { HomeOption, ShowroomOption, SlotDayView } from '../types';
import { staffHandovers } from './handover-data';
import { refusalError } from './refusals';

const WEEKDAY_KEYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `{ mon: [["09:00","12:30"], ...] }` (the JSON columns) → the engine's WeeklyHours. */
export function weeklyHoursFromJson(value: unknown): WeeklyHours {
  const hours: WeeklyHours = {};
  if (typeof value !== 'object' || value === null) return hours;
  for (const day of WEEKDAY_KEYS) {
    const ranges: unknown = Reflect.get(value, day);
    if (!Array.isArray(ranges)) continue;
    const parsed: LocalTimeRange[] = [];
    for (const r of ranges) {
      if (Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'string') parsed.push({ from: r[0], to: r[1] });
    }
    hours[day] = parsed;
  }
  return hours;
}

export type HomeAddress = { street: string; postalCode: string; city: string };
export type ResolvedHome = HomeAddress & { lat: number; lon: number; city: string };

export async function geocodeHome(address: HomeAddress): Promise<ResolvedHome> {
  const result = await geocodeAddress(address);
  if (!result.ok) {
    throw new AppError('VALIDATION_FAILED', 'We could not find this address.', {
      reason: 'ADDRESS_NOT_FOUND',
      details: { geocode: result.code, suggestions: result.suggestions.map((p) => `${p.postalCode} ${p.city}`) },
    });
  }
  return { street: address.street.trim(), postalCode: result.place.postalCode, city: result.place.city, lat: result.lat, lon: result.lon };
}

export function homeLocation(dealership: { lat: number; lon: number }, home: { lat: number; lon: number }): HomeLocation & { straightKm: number } {
  const straightKm = distanceKm(dealership, home);
  return { distanceKm: Math.round(straightKm * 10) / 10, travelMinutes: travelMinutes(straightKm), straightKm };
}

/** The trim given by a configuration stands for its powertrain: demo cars rarely match the exact trim. */
export function powertrainFor(modelCode: string, trimCode?: string, powertrain?: string): string | undefined {
  if (powertrain) return powertrain;
  return trimCode ? trimEnergy(modelCode, trimCode) : undefined;
}

export type AvailabilityQuery = { modelCode: string; from: Date; to: Date };

/** Everything the slot engine reads for one dealership and model, cancelled drives left out. */
export async function loadAvailability(dealershipId: string, query: AvailabilityQuery) {
  const dealership = await db.dealership.findUnique({ where: { id: dealershipId } });
  if (!dealership) throw new AppError('NOT_FOUND', 'Dealership not found.', { reason: 'DEALERSHIP_NOT_FOUND' });
  const windowFrom = new Date(query.from.getTime() - 86_400_000);
  const windowTo = new Date(query.to.getTime() + 86_400_000);
  const [cars, staff] = await Promise.all([
    db.demoCar.findMany({
      where: { dealershipId, modelCode: query.modelCode, active: true, displayOnly: false },
      include: { maintenance: { where: { endsAt: { gt: windowFrom }, startsAt: { lt: windowTo } } } },
      orderBy: { id: 'asc' },
    }),
    db.staff.findMany({
      where: { dealershipId, active: true },
      include: { timeOff: { where: { endsAt: { gt: windowFrom }, startsAt: { lt: windowTo } } } },
      orderBy: { id: 'asc' },
    }),
  ]);
  const staffIds = staff.map((s) => s.id);
  const [bookings, handovers] = await Promise.all([
    db.testDrive.findMany({
      where: {
        status: { not: 'cancelled' },
        occupiedStart: { lt: windowTo },
        carReadyAt: { gt: windowFrom },
        OR: [{ carId: { in: cars.map((c) => c.id) } }, { staffId: { in: staffIds } }],
      },
      select: { id: true, carId: true, staffId: true, startsAt: true, endsAt: true, kind: true, travelBeforeMinutes: true, travelAfterMinutes: true },
    }),
    // A staff member handing a car over is not free for a drive either (one engine, two uses).
    staffHandovers(db, staffIds, windowFrom, windowTo),
  ]);
  const data: AvailabilityData = {
    dealership: dealershipSchedule(dealership),
    cars: cars.map((c) => ({
      id: c.id,
      modelCode: c.modelCode,
      trimCode: c.trimCode,
      powertrain: trimEnergy(c.modelCode, c.trimCode),
      maintenance: c.maintenance.map((m) => ({ start: m.startsAt, end: m.endsAt })),
    })),
    staff: staff.map((s) => ({
      id: s.id,
      role: s.role,
      workingHours: weeklyHoursFromJson(s.workingHours),
      timeOff: s.timeOff.map((t) => ({ kind: 'range' as const, start: t.startsAt, end: t.endsAt })),
    })),
    bookings: [
      ...bookings.map((b) => ({
        id: b.id,
        carId: b.carId,
        staffId: b.staffId,
        start: b.startsAt,
        end: b.endsAt,
        kind: b.kind,
        travelBeforeMinutes: b.travelBeforeMinutes,
        travelAfterMinutes: b.travelAfterMinutes,
      })),
      ...handovers,
    ],
  };
  return { dealership, data };
}

type DealershipRow = {
  timeZone: string;
  openingHours: unknown;
  closures: string[];
  slotStepMinutes: number;
  prepBufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  homeDriveRadiusKm: number;
};

/** A dealership row as the slot engine's schedule (drives and handovers alike). */
export function dealershipSchedule(dealership: DealershipRow): AvailabilityData['dealership'] {
  return {
    timeZone: dealership.timeZone,
    openingHours: weeklyHoursFromJson(dealership.openingHours),
    closures: dealership.closures.map((date) => ({ kind: 'day' as const, date })),
    slotStepMinutes: dealership.slotStepMinutes,
    prepBufferMinutes: dealership.prepBufferMinutes,
    minNoticeMinutes: dealership.minNoticeMinutes,
    horizonDays: dealership.horizonDays,
    homeRadiusKm: dealership.homeDriveRadiusKm,
  };
}

export type SlotQuery = {
  dealershipId: string;
  modelCode: string;
  trimCode?: string;
  powertrain?: string;
  kind: DriveKind;
  durationMinutes: number;
  home?: HomeAddress;
  /** Local dates, inclusive. */
  fromDate?: string;
  toDate?: string;
  excludeDriveId?: string;
  /** The buyer asking: times their own scheduled drives cover are not offered (one drive at a time per buyer). */
  buyerUserId?: string | null;
};

const DEFAULT_WINDOW_DAYS = 14;

/** Free slots by local day, in the dealership's zone. Refusals (out of range…) are AppErrors. */
export async function listSlots(query: SlotQuery, now: Date = new Date()): Promise<SlotDayView[]> {
  const dealershipRow = await db.dealership.findUnique({ where: { id: query.dealershipId }, select: { timeZone: true, horizonDays: true, lat: true, lon: true } });
  if (!dealershipRow) throw new AppError('NOT_FOUND', 'Dealership not found.', { reason: 'DEALERSHIP_NOT_FOUND' });
  const fromDate = query.fromDate ?? localDateOf(now, dealershipRow.timeZone);
  const toDate = query.toDate ?? localDateOf(new Date(Date.parse(`${fromDate}T12:00:00Z`) + DEFAULT_WINDOW_DAYS * 86_400_000), dealershipRow.timeZone);
  const from = new Date(Date.parse(`${fromDate}T00:00:00Z`) - 86_400_000);
  const to = new Date(Date.parse(`${toDate}T00:00:00Z`) + 2 * 86_400_000);
  const { dealership, data } = await loadAvailability(query.dealershipId, { modelCode: query.modelCode, from, to });
  const home = query.kind === 'home' && query.home ? homeLocation(dealership, await geocodeHome(query.home)) : undefined;
  const request: SlotRequest = {
    modelCode: query.modelCode,
    powertrain: powertrainFor(query.modelCode, query.trimCode, query.powertrain),
    kind: query.kind,
    durationMinutes: query.durationMinutes,
    home,
    now,
    fromDate,
    toDate,
    excludeBookingId: query.excludeDriveId,
  };
  const search = findSlots(data, request);
  if (search.refusal) throw refusalError(search.refusal);
  const busy = await buyerBusySpans(query.buyerUserId, from, to, query.excludeDriveId);
  const slots = search.slots.filter((s) => !busy.some((b) => s.start < b.endsAt && b.startsAt < s.end));
  return groupSlotsByLocalDay(slots).map((day) => ({
    date: day.date,
    slots: day.slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), localDate: s.localDate, localTime: s.localTime })),
  }));
}

/** The buyer's scheduled drives over [from, to), at any dealership (the rule of test_drive_buyer_no_overlap). */
async function buyerBusySpans(buyerUserId: string | null | undefined, from: Date, to: Date, excludeDriveId?: string): Promise<Array<{ startsAt: Date; endsAt: Date }>> {
  if (!buyerUserId) return [];
  return db.testDrive.findMany({
    where: { buyerUserId, status: 'scheduled', startsAt: { lt: to }, endsAt: { gt: from }, ...(excludeDriveId ? { id: { not: excludeDriveId } } : {}) },
    select: { startsAt: true, endsAt: true },
  });
}

async function dealershipsWithDemoCar(modelCode: string, powertrain: string | undefined) {
  const rows = await db.dealership.findMany({
    where: { demoCars: { some: { modelCode, active: true, displayOnly: false } } },
    include: { demoCars: { where: { modelCode, active: true, displayOnly: false }, select: { modelCode: true, trimCode: true } } },
    orderBy: { name: 'asc' },
  });
  return rows.filter((d) => powertrain === undefined || d.demoCars.some((c) => trimEnergy(c.modelCode, c.trimCode) === powertrain));
}

function option(d: { id: string; name: string; street: string; postalCode: string; city: string; timeZone: string; homeDriveRadiusKm: number }, km: number | null): ShowroomOption {
  return { dealershipId: d.id, name: d.name, street: d.street, postalCode: d.postalCode, city: d.city, timeZone: d.timeZone, homeDriveRadiusKm: d.homeDriveRadiusKm, distanceKm: km === null ? null : Math.round(km * 10) / 10 };
}

/** Dealerships with a drivable demo car of the model (and powertrain), nearest to `near` first. */
export async function findShowrooms(input: { modelCode: string; trimCode?: string; powertrain?: string; near?: string }): Promise<ShowroomOption[]> {
  if (modelEnergies(input.modelCode).length === 0) throw new AppError('NOT_FOUND', 'Unknown model.', { reason: 'UNKNOWN_MODEL' });
  const rows = await dealershipsWithDemoCar(input.modelCode, powertrainFor(input.modelCode, input.trimCode, input.powertrain));
  if (!input.near || input.near.trim() === '') return rows.map((d) => option(d, null));
  const place = await lookupPlace(input.near);
  if (!place.ok) {
    throw new AppError('VALIDATION_FAILED', 'We do not know this postal code or city.', {
      reason: 'PLACE_NOT_FOUND',
      details: { suggestions: place.suggestions.map((p) => `${p.postalCode} ${p.city}`) },
    });
  }
  return rows.map((d) => option(d, distanceKm(d, place.place))).sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
}

/** Dealerships that drive to this address (inside their radius), nearest first; none → OUT_OF_RANGE. */
export async function checkHomeAddress(input: { modelCode: string; trimCode?: string; powertrain?: string } & HomeAddress): Promise<{ home: ResolvedHome; options: HomeOption[] }> {
  const home = await geocodeHome(input);
  const rows = await dealershipsWithDemoCar(input.modelCode, powertrainFor(input.modelCode, input.trimCode, input.powertrain));
  const options = rows
    .map((d) => ({ d, loc: homeLocation(d, home) }))
    .filter(({ d, loc }) => loc.straightKm <= d.homeDriveRadiusKm)
    .sort((a, b) => a.loc.straightKm - b.loc.straightKm)
    .map(({ d, loc }) => ({ ...option(d, loc.straightKm), distanceKm: loc.distanceKm, travelMinutes: loc.travelMinutes ?? 0 }));
  if (options.length === 0) {
    // Say the real reason: a dealership does come to this address, only not with this model.
    const anyInRange = (await db.dealership.findMany({ select: { lat: true, lon: true, homeDriveRadiusKm: true } })).some((d) => homeLocation(d, home).straightKm <= d.homeDriveRadiusKm);
    throw refusalError(anyInRange ? 'NO_DEMO_CAR_NEARBY' : 'OUT_OF_RANGE');
  }
  return { home, options };
}
