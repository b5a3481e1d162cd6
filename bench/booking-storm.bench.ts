import { loadavg } from 'node:os';
import { round, type BenchRun, type Metrics } from './lib';
import { isBenchChild, OVERLAPPING_DRIVES_SQL, reportToParent, runChildOnFreshDatabase } from './postgres-child';

// The booking storm of issue #8 on PostgreSQL, through the real booking service:
//  1. four simultaneous requests per start time, every start time of two days, at one dealership
//     with 4 demo cars and 6 specialists: every truly free slot must be booked, none refused, no 5xx;
//  2. the one-slot storm in the same run, as the baseline: 200 requests for one slot of one car,
//     exactly one booked, the others SLOT_TAKEN.
// "Truly free" is measured before the storm: for each start time, the free cars and staff the slot
// engine sees (capped at the requests sent). The dealership's grid is hourly so that a 45-minute
// drive plus 15 minutes of car preparation never overlaps the next start: each start time's
// capacity is then independent of the others, and the target (100 %) is unambiguous.
// Runs on a throwaway database on 127.0.0.1:5432, dropped afterwards; the service modules are
// server-only, so the measuring part runs in a child process with the react-server condition.

const POOL = 20;
const PER_START = 4;
const CARS = 4;
const ONE_SLOT_ATTEMPTS = 200;
const DAYS = ['2026-12-03', '2026-12-04'];

type Tally = { requests: number; booked: number; slotTaken: number; other4xx: number; server5xx: number; ms: number; samples: string[] };
type ChildResult = { storm: Tally & { capacity: number; startTimes: number }; oneSlot: Tally; overlaps: number };

async function child(): Promise<void> {
  const { bookDrive } = await import('../modules/test-drives/server/booking');
  const { loadAvailability } = await import('../modules/test-drives/server/availability');
  const { createTestDealership, driver, recordEffects } = await import('../modules/test-drives/server/test-world');
  const { checkSlotStart, findSlots } = await import('../modules/test-drives/slots');
  const { AppError, toAppError } = await import('../lib/errors');
  const { db, pool } = await import('../lib/db');
  recordEffects();
  const now = new Date('2026-12-01T08:00:00Z');
  const guest = { userId: null, role: 'guest' as const, dealershipId: null };

  async function fire(dealershipId: string, starts: Date[]): Promise<Tally> {
    const t0 = performance.now();
    const results = await Promise.allSettled(
      starts.map((start) => bookDrive(guest, { dealershipId, modelCode: 'horizon', kind: 'showroom', start, driver: driver() }, now)),
    );
    const tally: Tally = { requests: starts.length, booked: 0, slotTaken: 0, other4xx: 0, server5xx: 0, ms: performance.now() - t0, samples: [] };
    for (const r of results) {
      if (r.status === 'fulfilled') tally.booked++;
      else if (r.reason instanceof AppError && r.reason.reason === 'SLOT_TAKEN') tally.slotTaken++;
      else {
        if (toAppError(r.reason).status >= 500) tally.server5xx++;
        else tally.other4xx++;
        if (tally.samples.length < 5) tally.samples.push(String(r.reason));
      }
    }
    return tally;
  }

  // 1. Four per start time.
  const world = await createTestDealership({ cars: CARS, specialists: CARS + 2 });
  await db.dealership.update({ where: { id: world.dealershipId }, data: { slotStepMinutes: 60 } });
  const request = { modelCode: 'horizon', kind: 'showroom' as const, durationMinutes: 45, now };
  const { data } = await loadAvailability(world.dealershipId, {
    modelCode: 'horizon',
    from: new Date(`${DAYS[0]}T00:00:00Z`),
    to: new Date(`${DAYS.at(-1)}T23:59:00Z`),
  });
  const slots = findSlots(data, { ...request, fromDate: DAYS[0], toDate: DAYS.at(-1) }).slots;
  let capacity = 0;
  for (const slot of slots) {
    const check = checkSlotStart(data, request, slot.start);
    if (check.ok) capacity += Math.min(PER_START, check.carIds.length, check.staffIds.length);
  }
  const storm = await fire(
    world.dealershipId,
    slots.flatMap((slot) => Array.from({ length: PER_START }, () => slot.start)),
  );

  // 2. One slot, one car.
  const race = await createTestDealership({ cars: 1, specialists: 3 });
  const oneSlot = await fire(
    race.dealershipId,
    Array.from({ length: ONE_SLOT_ATTEMPTS }, () => new Date(`${DAYS[0]}T09:00:00Z`)),
  );

  const overlaps = await pool().query<{ n: number }>(OVERLAPPING_DRIVES_SQL);
  const result: ChildResult = { storm: { ...storm, capacity, startTimes: slots.length }, oneSlot, overlaps: overlaps.rows[0]?.n ?? -1 };
  await pool().end();
  reportToParent(result);
}

async function run(): Promise<Metrics> {
  const { storm, oneSlot, overlaps } = await runChildOnFreshDatabase<ChildResult>(import.meta.url, { prefix: 'storm', poolMax: POOL });
  for (const sample of [...storm.samples, ...oneSlot.samples]) console.error('unexpected error:', sample);
  const oneSlotPerSecond = round((oneSlot.requests / oneSlot.ms) * 1000, 1);
  return {
    stormRequests: { value: storm.requests, unit: `requests (${PER_START} per start time × ${storm.startTimes} start times)` },
    stormTrulyFreeSlots: { value: storm.capacity, unit: 'bookable (start time, car) pairs before the storm' },
    stormFreeSlotsBooked: { value: round((storm.booked / storm.capacity) * 100, 1), unit: '%', target: '= 100 %' },
    stormFalseRefusals: { value: storm.slotTaken - (storm.requests - storm.capacity), unit: 'SLOT_TAKEN beyond capacity', target: '= 0' },
    storm5xx: { value: storm.server5xx, unit: 'responses', target: '= 0' },
    stormOther4xx: { value: storm.other4xx, unit: 'responses', target: '= 0' },
    stormBookingsPerSecond: { value: round((storm.booked / storm.ms) * 1000, 1), unit: 'bookings/s', baseline: oneSlotPerSecond },
    stormDuration: { value: round(storm.ms, 1), unit: 'ms' },
    oneSlotWinners: { value: oneSlot.booked, unit: 'bookings', target: '= 1' },
    oneSlotRefusals: { value: oneSlot.slotTaken, unit: 'SLOT_TAKEN', target: `= ${ONE_SLOT_ATTEMPTS - 1}` },
    oneSlot5xx: { value: oneSlot.server5xx, unit: 'responses', target: '= 0' },
    oneSlotRequestsPerSecond: { value: oneSlotPerSecond, unit: 'requests/s' },
    overlapsInTable: { value: overlaps, unit: 'pairs', target: '= 0' },
    // The machine's load while measuring: timings above are only comparable at similar load.
    loadAverage1m: { value: round(loadavg()[0] ?? 0, 2), unit: 'runnable tasks' },
  };
}

if (isBenchChild()) await child();

export default (async () => run()) satisfies BenchRun;
