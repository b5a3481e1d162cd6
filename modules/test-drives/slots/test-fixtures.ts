// Shared data for the slot engine's tests. Instants are built with TZDate (independently of the
// engine's own zone code) for unambiguous Paris wall times.
import { TZDate } from '@date-fns/tz';
import type { AvailabilityData, DealershipSchedule, DemoCar, ExistingBooking, SlotRequest, StaffMember, WeeklyHours } from './types';

export const PARIS = 'Europe/Paris';

/** 'YYYY-MM-DD HH:mm' Paris wall time → UTC Date. */
export function paris(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`bad fixture time ${local}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, PARIS).getTime());
}

/** Paris wall time of an instant, 'YYYY-MM-DD HH:mm'. */
export function parisLabel(instant: Date): string {
  const t = new TZDate(instant.getTime(), PARIS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

const weekdays = (from: string, to: string): WeeklyHours => ({
  mon: [{ from, to }],
  tue: [{ from, to }],
  wed: [{ from, to }],
  thu: [{ from, to }],
  fri: [{ from, to }],
});

export const everyDay = (from: string, to: string): WeeklyHours => ({
  ...weekdays(from, to),
  sat: [{ from, to }],
  sun: [{ from, to }],
});

const lunchBreak = [
  { from: '09:00', to: '12:30' },
  { from: '14:00', to: '19:00' },
];

export const dealership = (overrides: Partial<DealershipSchedule> = {}): DealershipSchedule => ({
  timeZone: PARIS,
  openingHours: { mon: lunchBreak, tue: lunchBreak, wed: lunchBreak, thu: lunchBreak, fri: lunchBreak, sat: [{ from: '09:00', to: '18:00' }] },
  closures: [],
  slotStepMinutes: 15,
  prepBufferMinutes: 15,
  minNoticeMinutes: 120,
  horizonDays: 30,
  homeRadiusKm: 40,
  homeDriveExtraMinutes: 10,
  ...overrides,
});

export const car = (id: string, modelCode: string, overrides: Partial<DemoCar> = {}): DemoCar => ({
  id,
  modelCode,
  maintenance: [],
  ...overrides,
});

export const advisor = (id: string, overrides: Partial<StaffMember> = {}): StaffMember => ({
  id,
  role: 'sales_advisor',
  workingHours: { ...weekdays('09:00', '19:00'), sat: [{ from: '09:00', to: '18:00' }] },
  timeOff: [],
  ...overrides,
});

export const specialist = (id: string, overrides: Partial<StaffMember> = {}): StaffMember => ({
  id,
  role: 'product_specialist',
  workingHours: weekdays('08:00', '19:00'),
  timeOff: [],
  ...overrides,
});

export const booking = (id: string, carId: string, staffId: string, from: string, to: string, overrides: Partial<ExistingBooking> = {}): ExistingBooking => ({
  id,
  carId,
  staffId,
  start: paris(from),
  end: paris(to),
  kind: 'showroom',
  travelBeforeMinutes: 0,
  travelAfterMinutes: 0,
  ...overrides,
});

/** Monday 2 March 2026, 09:00 in Paris. */
export const NOW = paris('2026-03-02 09:00');

export const world = (overrides: Partial<AvailabilityData> = {}): AvailabilityData => ({
  dealership: dealership(),
  cars: [car('c1', 'ZEN', { trimCode: 'E-TECH' }), car('c2', 'ZEN', { trimCode: 'TECHNO' }), car('c3', 'ARO')],
  staff: [advisor('s1'), specialist('p1')],
  bookings: [],
  ...overrides,
});

export const showroom = (overrides: Partial<SlotRequest> = {}): SlotRequest => ({
  modelCode: 'ZEN',
  kind: 'showroom',
  durationMinutes: 60,
  now: NOW,
  ...overrides,
});

export const home = (distanceKm: number, overrides: Partial<SlotRequest> = {}): SlotRequest =>
  showroom({ kind: 'home', home: { distanceKm }, ...overrides });

/** Local 'HH:mm' of the slots of one date. */
export const timesOn = (slots: readonly { localDate: string; localTime: string }[], date: string): string[] =>
  slots.filter((s) => s.localDate === date).map((s) => s.localTime);

/** 'HH:mm' every `step` minutes from `from` to `to` inclusive. */
export function timeGrid(from: string, to: string, step: number): string[] {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const out: string[] = [];
  for (let m = toMin(from); m <= toMin(to); m += step) out.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  return out;
}
