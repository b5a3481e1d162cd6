import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { deleteCustomerAccount, exportCustomerData } from './account';

const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-12-06T10:00:00Z');

afterAll(async () => {
  await pool().end();
});

describe('a customer’s surveys, journey summary and financing simulations', () => {
  it('are in the export; on deletion the answers stay nameless, the opt-out and the summary go', async () => {
    const id = `erase_${tag}`;
    const email = `${id}@example.com`;
    await db.user.create({ data: { id, name: 'Erased Buyer', email, role: 'customer' } });
    await db.surveyInvitation.createMany({ data: [
      { customerId: id, step: 'showroom_visit', subjectRef: 'dlr:2026-12-05', email, nonce: 'n1', answeredAt: NOW, csat: 5, comment: `Accueil parfait ${tag}` },
      { customerId: id, step: 'order', subjectRef: 'REF1', email, nonce: 'n2' },
    ] });
    await db.surveyOptOut.create({ data: { email, at: NOW } });
    await db.journeyCustomerSummary.create({ data: { userId: id, firstAt: NOW, lastAt: NOW, path: 'web' } });
    await db.financingSimulation.create({ data: { ownerId: id, params: 'm=horizon&d=0', modelCode: 'horizon', trimCode: 'base', priceCents: 1, cashDepositCents: 0, durationMonths: 48, annualMileageKm: 15000, offers: [] } });
    const exported = await exportCustomerData(db, id, NOW);
    expect(exported.surveys.refusedSince).toEqual(NOW);
    expect(exported.surveys.invitations.map((i) => i.step).sort()).toEqual(['order', 'showroom_visit']);
    expect(exported.financingSimulations.map((s) => s.params)).toEqual(['m=horizon&d=0']);
    await deleteCustomerAccount(db, id, NOW);
    expect(await db.surveyInvitation.count({ where: { OR: [{ customerId: id }, { email }] } })).toBe(0);
    expect(await db.surveyOptOut.count({ where: { email } })).toBe(0);
    expect(await db.journeyCustomerSummary.count({ where: { userId: id } })).toBe(0);
    expect(await db.financingSimulation.count({ where: { ownerId: id } })).toBe(0);
    const kept = await db.surveyInvitation.findMany({ where: { comment: `Accueil parfait ${tag}` }, select: { customerId: true, email: true, csat: true } });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ email: '', csat: 5 });
    expect(kept[0]?.customerId).toMatch(/^erased:/);
  });
});
