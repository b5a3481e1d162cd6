import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { mergeGuestIntoAccount } from '@/lib/guest-merge';
import { catalogue, defaultConfiguration, encodeConfiguration } from '@/modules/catalog';
import { computeFinancing } from './financing';
import { readFinancingParams } from './request';
import { deleteSimulation, MAX_SIMULATIONS_PER_OWNER, saveSimulation, simulationsOf } from './simulations';

const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-12-06T10:00:00Z');
let n = 0;

async function identity(guest = false): Promise<string> {
  const id = `fsim_${tag}_${++n}`;
  await db.user.create({ data: { id, name: guest ? '' : 'Buyer', email: `${id}@example.com`, isAnonymous: guest } });
  return id;
}
const link = (terms: string) => `${encodeConfiguration(defaultConfiguration(catalogue, 'horizon'))}&${terms}`;

afterAll(async () => {
  await pool().end();
});

describe('financing simulations', () => {
  it('are saved with the server\'s figures, once per link, listed newest first with links back', async () => {
    const owner = await identity();
    const first = await saveSimulation(db, owner, link('d=300000&n=48&km=15000&f=credit-classique,loa-liberte'), NOW);
    // The same simulation written differently (parameter order) is the same row.
    const again = await saveSimulation(db, owner, `f=credit-classique,loa-liberte&km=15000&n=48&d=300000&${encodeConfiguration(defaultConfiguration(catalogue, 'horizon'))}`, NOW);
    expect(again.id).toBe(first.id);
    await saveSimulation(db, owner, link('d=0&n=36&km=10000&f=credit-classique'), NOW);
    const list = await simulationsOf(db, owner);
    expect(list).toHaveLength(2);
    const saved = list.find((s) => s.id === first.id);
    const request = readFinancingParams(link('d=300000&n=48&km=15000&f=credit-classique,loa-liberte'))?.request;
    const expected = computeFinancing(request, NOW);
    expect(saved).toMatchObject({ modelCode: 'horizon', priceCents: expected.priceCents, cashDepositCents: 300_000, durationMonths: 48, annualMileageKm: 15_000 });
    const credit = expected.columns.find((c) => c.ok && c.productId === 'credit-classique');
    expect(credit?.ok && credit.offer.kind === 'credit' ? credit.offer.monthlyPaymentCents : null).toBe(saved?.offers.find((o) => o.productId === 'credit-classique')?.monthlyCents);
    expect(saved?.href).toMatch(/^\/financing\?.*d=300000/);
    expect(saved?.pdfHref).toMatch(/^\/api\/finance\/summary\?/);
    // Reading the stored link again gives the same simulation.
    expect(readFinancingParams(saved?.href.split('?')[1] ?? '')?.request.durationMonths).toBe(48);
  });

  it('a link that cannot be read saves nothing; another owner cannot delete them; at most 50 are kept', async () => {
    const owner = await identity();
    await expect(saveSimulation(db, owner, `m=${'x'.repeat(3000)}`, NOW)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await db.financingSimulation.count({ where: { ownerId: owner } })).toBe(0);
    const { id } = await saveSimulation(db, owner, link('d=100000&n=48&km=15000&f=credit-classique'), NOW);
    const stranger = await identity();
    await expect(deleteSimulation(db, stranger, id)).rejects.toMatchObject({ reason: 'SIMULATION_NOT_FOUND' });
    for (let i = 0; i < MAX_SIMULATIONS_PER_OWNER + 2; i++) await saveSimulation(db, owner, link(`d=${(i + 3) * 50_000}&n=48&km=15000&f=credit-classique`), NOW);
    expect(await db.financingSimulation.count({ where: { ownerId: owner } })).toBe(MAX_SIMULATIONS_PER_OWNER);
    await deleteSimulation(db, owner, (await simulationsOf(db, owner))[0]?.id ?? '');
    expect(await db.financingSimulation.count({ where: { ownerId: owner } })).toBe(MAX_SIMULATIONS_PER_OWNER - 1);
  });

  it('a guest\'s simulations join their account at sign-in (one row when both saved the same)', async () => {
    const guest = await identity(true);
    const account = await identity();
    await saveSimulation(db, guest, link('d=100000&n=48&km=15000&f=credit-classique'), NOW);
    await saveSimulation(db, guest, link('d=150000&n=48&km=15000&f=credit-classique'), NOW);
    await saveSimulation(db, account, link('d=100000&n=48&km=15000&f=credit-classique'), NOW);
    await mergeGuestIntoAccount(db, guest, account, NOW);
    expect(await db.financingSimulation.count({ where: { ownerId: guest } })).toBe(0);
    expect(await db.financingSimulation.count({ where: { ownerId: account } })).toBe(2);
  });
});
