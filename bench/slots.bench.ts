import { loadavg } from 'node:os';
import { percentile, round, sampleMs, type BenchRun, type Metrics } from './lib';
import {
  findSlots,
  validateBookingRequest,
  zonedTimeToUtc,
  type AvailabilityData,
  type DemoCar,
  type ExistingBooking,
  type SlotRequest,
  type StaffMember,
  type WeeklyHours,
} from '@/modules/test-drives/slots';
import { mulberry32 as rng } from '../lib/random';

// Slot search over 60 days at a dealership with 10 demo cars, 8 staff and 500 bookings.
// Bookings are generated through validateBookingRequest so the calendar is a consistent one.

const DAY_MS = 86_400_000;
const NOW = zonedTimeToUtc('2026-03-02', '08:30'); // a Monday; the window crosses the March DST change


const split = [
  { from: '09:00', to: '12:30' },
  { from: '14:00', to: '19:00' },
];
const opening: WeeklyHours = { mon: split, tue: split, wed: split, thu: split, fri: split, sat: [{ from: '09:00', to: '18:00' }] };
const shift = (from: string, to: string, days: readonly (keyof WeeklyHours)[]): WeeklyHours => Object.fromEntries(days.map((d) => [d, [{ from, to }]]));

function buildWorld(allSameModel: boolean): AvailabilityData {
  const random = rng(42);
  const models = ['ZEN', 'ZEN', 'ZEN', 'ZEN', 'ARO', 'ARO', 'ARO', 'LUNA', 'LUNA', 'LUNA'];
  const cars: DemoCar[] = models.map((model, i) => ({
    id: `car-${i}`,
    modelCode: allSameModel ? 'ZEN' : model,
    trimCode: i % 2 ? 'TECHNO' : 'E-TECH',
    maintenance: [0, 1].map((k) => {
      const start = zonedTimeToUtc(new Date(NOW.getTime() + (7 + i * 5 + k * 23) * DAY_MS).toISOString().slice(0, 10), '08:00');
      return { start, end: new Date(start.getTime() + 5 * 3_600_000) };
    }),
  }));
  const staff: StaffMember[] = Array.from({ length: 8 }, (_, i) => ({
    id: `staff-${i}`,
    role: i < 5 ? 'sales_advisor' : 'product_specialist',
    workingHours: i % 2 ? shift('09:00', '19:00', ['mon', 'tue', 'wed', 'thu', 'sat']) : shift('08:30', '18:30', ['tue', 'wed', 'thu', 'fri', 'sat']),
    timeOff: [
      { kind: 'day', date: new Date(NOW.getTime() + (10 + i * 6) * DAY_MS).toISOString().slice(0, 10) },
      { kind: 'range', start: new Date(NOW.getTime() + (20 + i) * DAY_MS), end: new Date(NOW.getTime() + (20 + i) * DAY_MS + 4 * 3_600_000) },
    ],
  }));
  const data: AvailabilityData = {
    dealership: { timeZone: 'Europe/Paris', openingHours: opening, closures: [{ kind: 'day', date: '2026-04-06' }], slotStepMinutes: 15, prepBufferMinutes: 15, minNoticeMinutes: 120, horizonDays: 60, homeRadiusKm: 40, homeDriveExtraMinutes: 10 },
    cars,
    staff,
    bookings: [],
  };
  const bookings: ExistingBooking[] = [];
  for (let attempt = 0; bookings.length < 500 && attempt < 20_000; attempt++) {
    const dayOffset = Math.floor(random() * 60);
    const date = new Date(NOW.getTime() + dayOffset * DAY_MS).toISOString().slice(0, 10);
    const minute = 9 * 60 + Math.floor(random() * 36) * 15;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const isHome = random() < 0.15;
    const request: SlotRequest = {
      modelCode: cars[Math.floor(random() * cars.length)]!.modelCode,
      kind: isHome ? 'home' : 'showroom',
      durationMinutes: [30, 45, 60][Math.floor(random() * 3)]!,
      home: { distanceKm: Math.floor(random() * 40) },
      now: NOW,
    };
    const check = validateBookingRequest({ ...data, bookings }, request, { start: zonedTimeToUtc(date, time) });
    if (!check.ok) continue;
    bookings.push({ id: `b-${bookings.length}`, carId: check.carId, staffId: check.staffId, start: check.start, end: check.end, kind: request.kind, travelBeforeMinutes: check.travelBeforeMinutes, travelAfterMinutes: check.travelAfterMinutes });
  }
  if (bookings.length < 500) throw new Error(`only ${bookings.length} bookings generated`);
  return { ...data, bookings };
}

const request = (i: number, kind: 'showroom' | 'home'): SlotRequest => ({
  modelCode: 'ZEN',
  kind,
  durationMinutes: [30, 45, 60][i % 3]!,
  home: { distanceKm: 25 },
  now: NOW,
});

/** CPU time (user + system) per call: what the engine costs, whatever else the machine runs. */
function sampleCpuMs(fn: () => unknown, iterations: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  return samples;
}

async function measure(data: AvailabilityData, kind: 'showroom' | 'home'): Promise<{ p50: number; p95: number; cpuP95: number }> {
  let i = 0;
  const run = () => findSlots(data, request(i++, kind));
  const samples = await sampleMs(run, 500);
  const cpu = sampleCpuMs(run, 500);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), cpuP95: percentile(cpu, 95) };
}

export default (async () => {
  const mixed = buildWorld(false);
  const sameModel = buildWorld(true);

  const coldStart = process.hrtime.bigint();
  findSlots(mixed, request(0, 'showroom'));
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;

  const showroom = await measure(mixed, 'showroom');
  const home = await measure(mixed, 'home');
  const worst = await measure(sameModel, 'showroom');
  const validate = await sampleMs(() => validateBookingRequest(mixed, request(0, 'showroom'), { start: zonedTimeToUtc('2026-03-18', '15:00') }), 300);

  const metrics: Metrics = {
    showroom_60d_p95: { value: round(showroom.p95), unit: 'ms', target: '<= 20 ms' },
    showroom_60d_p50: { value: round(showroom.p50), unit: 'ms' },
    showroom_60d_cpu_p95: { value: round(showroom.cpuP95), unit: 'ms cpu' },
    home_60d_p95: { value: round(home.p95), unit: 'ms', target: '<= 20 ms' },
    home_60d_cpu_p95: { value: round(home.cpuP95), unit: 'ms cpu' },
    all_10_cars_match_p95: { value: round(worst.p95), unit: 'ms', target: '<= 20 ms' },
    all_10_cars_match_cpu_p95: { value: round(worst.cpuP95), unit: 'ms cpu' },
    first_call_cold: { value: round(coldMs), unit: 'ms' },
    validate_booking_p95: { value: round(percentile(validate, 95)), unit: 'ms' },
    slots_returned_showroom_30min: { value: findSlots(mixed, request(0, 'showroom')).slots.length, unit: 'slots' },
    slots_returned_home_30min: { value: findSlots(mixed, request(0, 'home')).slots.length, unit: 'slots' },
    bookings: { value: mixed.bookings.length, unit: 'bookings' },
    // Wall-clock percentiles swing with other work on the machine; this says how busy it was.
    machine_load_1min: { value: round(loadavg()[0] ?? 0, 2), unit: 'load avg' },
  };
  return metrics;
}) satisfies BenchRun;
