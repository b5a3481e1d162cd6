import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { analyticsWhere, cohortMeasures, crossChannelPaths, FUNNEL_SQL, funnelCounts } from './analytics';
import type { JourneyStep } from '../events';
import { applyRetention } from './retention';
import { rollupDays, rollupUntilToday, rollupWatermark } from './rollup';

// Each test uses its own dealership, so the rollups of the shared database do not mix.
const tag = randomBytes(4).toString('hex');
const DAY = 86_400_000;
const NOW = new Date('2026-12-06T10:00:00Z');
const TODAY = new Date('2026-12-06T00:00:00Z');
let n = 0;

type Ev = { day: number; hour?: number; channel: 'web' | 'showroom' | 'kiosk'; step: JourneyStep; user?: string | null; model?: string };
async function events(dealershipId: string, list: readonly Ev[]): Promise<void> {
  await db.journeyEvent.createMany({
    data: list.map((e) => ({ id: `ev_${tag}_${++n}`, channel: e.channel, step: e.step, dealershipId, modelCode: e.model ?? 'horizon', userId: e.user ?? null, essential: true, occurredAt: new Date(TODAY.getTime() - e.day * DAY + (e.hour ?? 12) * 3_600_000) })),
  });
}
const sorted = <T extends { step: string; channel: string }>(rows: T[]) => [...rows].sort((a, b) => `${a.step}${a.channel}`.localeCompare(`${b.step}${b.channel}`));

beforeAll(async () => {
  await db.appState.deleteMany({ where: { key: 'journey.rollup' } });
});
afterAll(async () => {
  await pool().end();
});

describe('daily rollups', () => {
  it('give the dashboards the same funnel as the raw events, today read raw; a re-run changes nothing', async () => {
    const dealershipId = `dlr_roll_${tag}`;
    await events(dealershipId, [
      { day: 3, channel: 'web', step: 'configure', user: `u1_${tag}` },
      { day: 3, channel: 'web', step: 'configure', user: `u1_${tag}` },
      { day: 2, channel: 'showroom', step: 'test_drive', user: `u1_${tag}` },
      { day: 2, channel: 'kiosk', step: 'configure', user: null },
      { day: 1, channel: 'web', step: 'order', user: `u1_${tag}`, model: 'azur' },
      { day: 0, hour: 9, channel: 'web', step: 'save', user: `u2_${tag}` },
    ]);
    const filter = { dealershipId, from: new Date(TODAY.getTime() - 10 * DAY), to: new Date(TODAY.getTime() + DAY) };
    const w = analyticsWhere(filter);
    const raw = (await pool().query<{ step: string; channel: string; events: number }>(FUNNEL_SQL(w.sql), w.values)).rows;
    const first = await rollupUntilToday(pool(), NOW);
    expect(await rollupWatermark(pool())).toEqual(TODAY);
    expect(first.to).toEqual(TODAY);
    const rolled = await funnelCounts(pool(), filter);
    expect(sorted(rolled).map((r) => [r.step, r.channel, r.events])).toEqual(sorted(raw).map((r) => [r.step, r.channel, r.events]));
    expect(await db.journeyDailyRollup.count({ where: { dealershipId, modelCode: { not: '*' } } })).toBe(4);
    expect(await db.journeyDailyRollup.count({ where: { dealershipId, modelCode: '*' } })).toBe(4);
    expect(await db.journeyDailyRollup.count({ where: { dealershipId: '*', modelCode: 'azur' } })).toBeGreaterThanOrEqual(1);
    // Re-running a day (or all of them) gives the same rows.
    await rollupDays(pool(), new Date(TODAY.getTime() - 3 * DAY), new Date(TODAY.getTime() - 2 * DAY));
    await Promise.all([rollupUntilToday(pool(), NOW), rollupUntilToday(pool(), NOW)]);
    expect(sorted(await funnelCounts(pool(), filter))).toEqual(sorted(rolled));
    const configure = await db.journeyDailyRollup.findFirstOrThrow({ where: { dealershipId, modelCode: 'horizon', step: 'configure', channel: 'web' }, select: { events: true, customers: true } });
    expect(configure).toEqual({ events: 2, customers: 1 });
    // The model filter reads rollups too.
    expect((await funnelCounts(pool(), { ...filter, modelCode: 'azur' })).map((r) => [r.step, r.events])).toEqual([['order', 1]]);
    // The network-wide level ('*' dealership) agrees with the raw events too.
    const network = { modelCode: 'azur', from: filter.from, to: filter.to };
    const nw = analyticsWhere(network);
    const networkRaw = (await pool().query<{ step: string; channel: string; events: number }>(FUNNEL_SQL(nw.sql), nw.values)).rows;
    expect(sorted(await funnelCounts(pool(), network)).map((r) => [r.step, r.channel, r.events])).toEqual(sorted(networkRaw).map((r) => [r.step, r.channel, r.events]));
    // A late event of today is counted at once (raw), before any rollup.
    await events(dealershipId, [{ day: 0, hour: 9, channel: 'web', step: 'save', user: `u3_${tag}` }]);
    expect((await funnelCounts(pool(), filter)).find((r) => r.step === 'save')?.events).toBe(2);
  });

  it('customer summaries give the distinct customers per funnel step, paths, test drive → order and the median days between steps, by first-touch cohort', async () => {
    const dealershipId = `dlr_cohort_${tag}`;
    const a = `ca_${tag}`;
    const b = `cb_${tag}`;
    const c = `cc_${tag}`;
    await events(dealershipId, [
      { day: 20, channel: 'web', step: 'configure', user: a },
      { day: 16, channel: 'showroom', step: 'test_drive', user: a },
      { day: 10, channel: 'web', step: 'order', user: a },
      { day: 18, channel: 'web', step: 'configure', user: b },
      { day: 16, channel: 'showroom', step: 'test_drive', user: b },
      { day: 15, channel: 'kiosk', step: 'configure', user: c },
      { day: 14, channel: 'web', step: 'configure', user: c },
      { day: 14, channel: 'web', step: 'save', user: c },
      { day: 12, channel: 'web', step: 'finance', user: a },
      { day: 9, channel: 'web', step: 'deposit', user: a },
    ]);
    await rollupDays(pool(), new Date(TODAY.getTime() - 30 * DAY), TODAY);
    const filter = { dealershipId, from: new Date(TODAY.getTime() - 30 * DAY), to: new Date(TODAY.getTime() + DAY) };
    expect(await crossChannelPaths(pool(), filter)).toEqual([{ path: 'web > showroom', customers: 2 }, { path: 'kiosk > web', customers: 1 }]);
    const times = await cohortMeasures(pool(), filter);
    // Customer c configured twice (kiosk, then web): one customer at that step, not two.
    expect(times).toEqual({
      drivers: 2, ordered: 1, configureToDrive: 3, driveToOrder: 6, configureToOrder: 10,
      cohort: { customers: 3, reached: { configure: 3, save: 1, availability: 0, finance: 1, test_drive: 2, hold: 0, order: 1, deposit: 1 } },
    });
    // The cohort is by first touch: customers who started before the period are not in it.
    expect((await cohortMeasures(pool(), { ...filter, from: new Date(TODAY.getTime() - 17 * DAY) })).drivers).toBe(0);
  });
});

describe('retention', () => {
  it('deletes events older than the period, anonymises those of deleted customers, keeps the rollups', async () => {
    const dealershipId = `dlr_ret_${tag}`;
    const kept = `ret_kept_${tag}`;
    await db.user.create({ data: { id: kept, name: 'Kept', email: `${kept}@example.com` } });
    const gone = `ret_gone_${tag}`;
    await events(dealershipId, [
      { day: 800, channel: 'web', step: 'configure', user: kept },
      { day: 5, channel: 'web', step: 'configure', user: kept },
      { day: 5, channel: 'web', step: 'order', user: gone },
    ]);
    await db.journeyEvent.updateMany({ where: { userId: gone }, data: { subjectRef: 'ORDER-REF', staffUserId: 'someone' } });
    await rollupDays(pool(), new Date(TODAY.getTime() - 801 * DAY), TODAY);
    const result = await applyRetention(pool(), NOW, 730);
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    const left = await db.journeyEvent.findMany({ where: { dealershipId }, select: { userId: true, step: true, subjectRef: true, staffUserId: true }, orderBy: { step: 'asc' } });
    expect(left).toEqual([{ userId: kept, step: 'configure', subjectRef: null, staffUserId: null }, { userId: null, step: 'order', subjectRef: null, staffUserId: null }]);
    expect(await db.journeyCustomerSummary.count({ where: { userId: gone } })).toBe(0);
    expect(await db.journeyCustomerSummary.count({ where: { userId: kept } })).toBe(1);
    // The old day's counts stay in its rollup (it names nobody).
    expect(await db.journeyDailyRollup.count({ where: { dealershipId, day: new Date(TODAY.getTime() - 800 * DAY) } })).toBe(2);
  });
});
