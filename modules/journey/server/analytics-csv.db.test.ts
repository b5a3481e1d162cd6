import { randomBytes } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, pool } from '@/lib/db';
import type { Viewer } from '@/lib/session';

// The funnel CSV as a stranger, a customer, another dealership's staff and an admin ask for it.
let viewer: Viewer | null = null;
vi.mock('@/lib/session', () => ({ getViewer: async () => viewer, ensureViewer: async () => viewer }));
const { GET } = await import('@/app/api/analytics/csv/route');

const tag = randomBytes(3).toString('hex');
const mine = `dlr_csv_a_${tag}`;
const theirs = `dlr_csv_b_${tag}`;
const csv = (query = '') => GET(new Request(`http://x/api/analytics/csv${query}`, { headers: { 'x-forwarded-for': '10.91.0.1' } }), { params: Promise.resolve({}) });
const staff = (dealershipId: string | null): Viewer => ({ id: `usr_csv_${tag}`, name: 'S', email: 's@virage.test', role: 'dealer_staff', dealershipId, isGuest: false });

beforeEach(async () => {
  viewer = null;
  // Today's events are read raw (no rollup needed): 2 web saves at my dealership, 5 at theirs.
  await db.journeyEvent.deleteMany({ where: { dealershipId: { in: [mine, theirs] } } });
  const at = new Date();
  await db.journeyEvent.createMany({
    data: [...Array(7).keys()].map((i) => ({ id: `ev_csv_${tag}_${i}`, channel: 'web', step: 'save', dealershipId: i < 2 ? mine : theirs, modelCode: 'horizon', userId: `usr_csv_c${i}_${tag}`, essential: true, occurredAt: at })),
  });
});
afterAll(async () => {
  await db.journeyEvent.deleteMany({ where: { dealershipId: { in: [mine, theirs] } } });
  await pool().end();
});

const saveAll = (text: string) => text.split('\n').find((l) => l.startsWith('save,all,'));

describe('GET /api/analytics/csv', () => {
  it('refuses a stranger (401) and a customer (403)', async () => {
    expect((await csv()).status).toBe(401);
    viewer = { ...staff(null), role: 'customer' };
    expect((await csv()).status).toBe(403);
  });

  it('gives dealer staff their own dealership whatever they ask for', async () => {
    viewer = staff(mine);
    const response = await csv(`?dealership=${theirs}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(saveAll(await response.text())).toMatch(/^save,all,2,/);
  });

  it('refuses staff attached to no dealership', async () => {
    viewer = staff(null);
    expect((await csv()).status).toBe(403);
  });

  it('lets an admin pick a dealership; impossible dates fall back to the last 30 days, not a 500', async () => {
    viewer = { ...staff(null), role: 'admin' };
    expect(saveAll(await (await csv(`?dealership=${theirs}`)).text())).toMatch(/^save,all,5,/);
    const response = await csv(`?dealership=${theirs}&from=2027-13-01&to=2026-02-30`);
    expect(response.status).toBe(200);
    expect(saveAll(await response.text())).toMatch(/^save,all,5,/);
  });
});
