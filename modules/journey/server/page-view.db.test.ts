import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pool } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import type { Touchpoint } from '../events';

// The page-view beacon's route as browsers call it (sendBeacon: a small JSON body, the cookies of the site).
let viewer: Viewer | null = null;
vi.mock('@/lib/session', () => ({ getViewer: async () => viewer, ensureViewer: async () => viewer }));
const recorded: Touchpoint[] = [];
vi.mock('./record', () => ({ trackJourney: (touch: Touchpoint) => recorded.push(touch), recordJourneyEvents: async () => 0 }));
const { POST } = await import('@/app/api/journey/page-view/route');

let ip = 0;
const beacon = (body: string, cookie?: string) =>
  POST(new Request('http://x/api/journey/page-view', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.77.${Math.floor(++ip / 250)}.${ip % 250}`, ...(cookie ? { cookie } : {}) } }), { params: Promise.resolve({}) });

beforeEach(() => {
  recorded.length = 0;
  viewer = null;
});
afterAll(async () => {
  await pool().end();
});

describe('POST /api/journey/page-view', () => {
  it('records a consenting visitor’s page view through the journey queue, with their id when signed in', async () => {
    viewer = { id: 'usr_beacon_1', name: 'B', email: 'b@virage.test', role: 'customer', dealershipId: null, isGuest: false };
    expect((await beacon(JSON.stringify({ step: 'configure', model: 'horizon' }), 'virage_measure=granted')).status).toBe(204);
    expect(recorded).toEqual([{ channel: 'web', step: 'configure', modelCode: 'horizon', userId: 'usr_beacon_1' }]);
  });

  it('records nothing without consent, or when refused: same reply', async () => {
    expect((await beacon(JSON.stringify({ step: 'finance' }))).status).toBe(204);
    expect((await beacon(JSON.stringify({ step: 'availability' }), 'virage_measure=denied')).status).toBe(204);
    expect(recorded).toEqual([]);
  });

  it('refuses other steps, extra fields and oversized bodies with a 4xx, recording nothing', async () => {
    expect((await beacon(JSON.stringify({ step: 'order' }), 'virage_measure=granted')).status).toBe(422);
    expect((await beacon(JSON.stringify({ step: 'configure', userId: 'someone' }), 'virage_measure=granted')).status).toBe(422);
    expect((await beacon(JSON.stringify({ step: 'configure', model: 'x'.repeat(400) }), 'virage_measure=granted')).status).toBe(413);
    expect(recorded).toEqual([]);
  });

  it('is rate-limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const response = await POST(new Request('http://x/api/journey/page-view', { method: 'POST', body: '{"step":"configure"}', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.78.0.1', cookie: 'virage_measure=granted' } }), { params: Promise.resolve({}) });
      statuses.push(response.status);
    }
    // At most 60 a minute from one address; the refused ones record nothing.
    const accepted = statuses.filter((s) => s === 204).length;
    expect(accepted).toBeLessThanOrEqual(60);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.every((s) => s === 204 || s === 429)).toBe(true);
    expect(recorded).toHaveLength(accepted);
  });
});
