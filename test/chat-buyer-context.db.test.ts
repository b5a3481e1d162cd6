// Lives in test/: it reads the chat's buyer context with data made through two modules' server entries.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import { catalogue, defaultConfiguration, encodeConfiguration } from '@/modules/catalog';
import { buyerContext } from '@/modules/chat/server';
import { claimConversation, openConversation } from '@/modules/chat/server/conversations';
import { saveFinancingSimulation } from '@/modules/finance/server';

const tag = randomBytes(4).toString('hex');
let counter = 0;

async function person(role: Viewer['role'], guest = false): Promise<Viewer> {
  const id = `usr_ctx_${tag}_${++counter}`;
  await db.user.create({ data: { id, name: `Sam ${role} ${counter}`, email: `${id}@virage.test`, role, isAnonymous: guest } });
  return { id, name: `Sam ${role} ${counter}`, email: `${id}@virage.test`, role, dealershipId: null, isGuest: guest };
}

afterAll(async () => {
  await pool().end();
});

describe('the buyer context beside a conversation', () => {
  it('shows the advisor the financing simulations the buyer saved, with their terms and a link back', async () => {
    const guest = await person('customer', true);
    const advisor = await person('advisor');
    await saveFinancingSimulation(guest.id, `${encodeConfiguration(defaultConfiguration(catalogue, 'horizon'))}&d=300000&n=48&km=15000&f=credit-classique`);
    const id = await openConversation(guest, { text: 'Quel apport pour la Horizon ?', page: '/financing', locale: 'fr' });
    await claimConversation(advisor, id);

    const context = await buyerContext(advisor, id);
    expect(context.financing).toHaveLength(1);
    const [simulation] = context.financing;
    expect(simulation).toMatchObject({ modelCode: 'horizon', cashDepositCents: 300_000, durationMonths: 48, annualMileageKm: 15_000 });
    expect(simulation!.lowestMonthlyCents).toBeGreaterThan(0);
    expect(simulation!.href).toMatch(/^\/financing\?.*d=300000/);
    // Only advisors read it: not the guest, not a signed-in customer.
    await expect(buyerContext(guest, id)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(buyerContext(await person('customer'), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
