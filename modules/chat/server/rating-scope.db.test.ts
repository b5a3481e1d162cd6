import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import { satisfactionReport } from '@/modules/surveys/server';
import { rateConversation } from './conversations';

// A chat rating carries the dealership and model it counts for, so dashboards filtered by either keep it.
const tag = randomBytes(4).toString('hex');
let n = 0;
const CLOSED = new Date('2026-11-20T10:00:00Z');
const PERIOD = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };

afterAll(async () => {
  await pool().end();
});

async function dealership(): Promise<string> {
  const code = `r${tag}${++n}`;
  const row = await db.dealership.create({
    data: { code, name: `Rating ${code}`, street: '1 rue', postalCode: '69001', city: 'Lyon', lat: 45.76, lon: 4.83, phone: '0400000000', email: `${code}@d.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 10 },
    select: { id: true },
  });
  return row.id;
}

async function buyer(): Promise<Viewer> {
  const id = `usr_rate_${tag}_${++n}`;
  await db.user.create({ data: { id, name: 'Rita', email: `${id}@virage.test`, role: 'customer' } });
  return { id, name: 'Rita', email: `${id}@virage.test`, role: 'customer', dealershipId: null, isGuest: false };
}

const closedConversation = (ownerId: string, data: { dealershipId?: string; currentPage?: string }) =>
  db.chatConversation.create({ data: { ownerId, status: 'closed', closedAt: CLOSED, ...data }, select: { id: true } });

describe('chat ratings on the filtered dashboards', () => {
  it('count for the routing dealership and the model on screen', async () => {
    const lyon = await dealership();
    const rita = await buyer();
    const { id } = await closedConversation(rita.id, { dealershipId: lyon, currentPage: '/configure/etincelle?paint=red' });
    await rateConversation(rita, id, { score: 5, comment: `Très clair ${tag}` });
    expect(await db.chatConversation.findUniqueOrThrow({ where: { id }, select: { csatDealershipId: true, csatModelCode: true } })).toEqual({ csatDealershipId: lyon, csatModelCode: 'etincelle' });
    const filtered = (await satisfactionReport({ ...PERIOD, dealershipId: lyon, modelCode: 'etincelle' })).scores;
    expect(filtered.find((s) => s.step === 'chat')).toMatchObject({ responses: 1, csatAverage: 5 });
    expect((await satisfactionReport({ ...PERIOD, dealershipId: lyon })).verbatims.map((v) => v.comment)).toEqual([`Très clair ${tag}`]);
    // Another dealership's view does not show it.
    expect((await satisfactionReport({ ...PERIOD, dealershipId: await dealership() })).scores.find((s) => s.step === 'chat')?.responses ?? 0).toBe(0);
  });

  it("otherwise count for the buyer's preferred dealership and their latest saved configuration", async () => {
    const paris = await dealership();
    const rita = await buyer();
    await db.customerProfile.create({ data: { userId: rita.id, preferredDealershipId: paris } });
    await db.savedConfiguration.create({ data: { code: `R${tag}`.toUpperCase(), ownerId: rita.id, modelCode: 'horizon', configuration: {}, createdAt: new Date('2026-11-01T00:00:00Z') } });
    await db.savedConfiguration.create({ data: { code: `Q${tag}`.toUpperCase(), ownerId: rita.id, modelCode: 'azur', configuration: {}, createdAt: new Date('2026-11-10T00:00:00Z') } });
    const { id } = await closedConversation(rita.id, { currentPage: '/account' });
    await rateConversation(rita, id, { score: 2 });
    expect((await satisfactionReport({ ...PERIOD, dealershipId: paris, modelCode: 'azur' })).scores.find((s) => s.step === 'chat')).toMatchObject({ responses: 1, csatAverage: 2 });
  });
});
