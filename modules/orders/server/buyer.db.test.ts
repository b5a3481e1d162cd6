import { randomBytes } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { stockCarOf } from '@/test/stock-fixture';
import { buyerPrefill, preferredDealership } from './buyer';

// Checkout preselects the dealership the buyer chose in their profile, else the one they last dealt
// with; with none, nothing is chosen for them. Its details come from the profile and the last order.

const client = createPrismaClient(process.env.DATABASE_URL ?? '', process.env.VIRAGE_EMBEDDED_DB === '1' ? 1 : 4);
const db = client.db;
const tag = randomBytes(4).toString('hex');

afterAll(async () => {
  await client.close();
});

async function dealership(suffix: string): Promise<string> {
  const id = `dlr_${tag}_${suffix}`;
  await db.dealership.create({
    data: { id, code: `pd${tag}${suffix}`, name: `Virage ${suffix}`, street: '1 rue du Test', postalCode: '69002', city: 'Lyon', lat: 45.75, lon: 4.83, phone: '+33 4 00 00 00 00', email: `${suffix}.${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
  });
  return id;
}

it('is the dealership of the buyer\'s latest hold, and none for a buyer with no history', async () => {
  const [first, second] = [await dealership('a'), await dealership('b')];
  const buyer = `usr_${tag}_b`;
  await db.user.create({ data: { id: buyer, name: 'Léa', email: `pd.${tag}@example.org` } });
  expect(await preferredDealership(db, buyer)).toBeNull();

  const configuration = defaultConfiguration(catalogue, 'horizon');
  for (const [i, dealershipId] of [first, second].entries()) {
    const vehicleId = `stk_${tag}_${i}`;
    await db.stockVehicle.create({ data: { id: vehicleId, vin: `P${tag}${i}`.padEnd(17, '0').slice(0, 17), dealershipId, ...stockCarOf(configuration) } });
    // The earlier hold was replaced by the newer one (one active hold per buyer).
    const ended = i === 0 ? { status: 'released' as const, endedAt: new Date() } : {};
    await db.vehicleHold.create({ data: { vehicleId, holderId: buyer, expiresAt: new Date(Date.now() + 3_600_000), createdAt: new Date(Date.now() - (2 - i) * 60_000), ...ended } });
  }
  expect(await preferredDealership(db, buyer)).toBe(second);
});

it('is the dealership the buyer chose in their profile, before the one they last dealt with', async () => {
  const [held, chosen] = [await dealership('h'), await dealership('c')];
  const buyer = `usr_${tag}_p`;
  await db.user.create({ data: { id: buyer, name: 'Noé', email: `pp.${tag}@example.org` } });
  const vehicleId = `stk_${tag}_p`;
  await db.stockVehicle.create({ data: { id: vehicleId, vin: `Q${tag}`.padEnd(17, '0').slice(0, 17), dealershipId: held, ...stockCarOf(defaultConfiguration(catalogue, 'horizon')) } });
  await db.vehicleHold.create({ data: { vehicleId, holderId: buyer, expiresAt: new Date(Date.now() + 3_600_000) } });
  expect(await preferredDealership(db, buyer)).toBe(held);
  await db.customerProfile.create({ data: { userId: buyer, preferredDealershipId: chosen } });
  expect(await preferredDealership(db, buyer)).toBe(chosen);
  // A dealership that has since closed is not preselected.
  await db.customerProfile.update({ where: { userId: buyer }, data: { preferredDealershipId: 'dlr_closed' } });
  expect(await preferredDealership(db, buyer)).toBe(held);
});

it('prefills the checkout from the profile, the account name filling what it lacks', async () => {
  const buyer = `usr_${tag}_f`;
  await db.user.create({ data: { id: buyer, name: 'Inès Morel Dupuis', email: `pf.${tag}@example.org` } });
  expect(await buyerPrefill(db, buyer, 'Inès Morel Dupuis')).toEqual({ firstName: 'Inès', lastName: 'Morel Dupuis' });
  // A blank last name and a first name longer than an order takes are left to the account's name.
  await db.customerProfile.create({ data: { userId: buyer, phone: '06 11 22 33 44', street: '8 quai Perrache', postalCode: '69002', city: 'Lyon', lastName: '  ', firstName: 'x'.repeat(100) } });
  expect(await buyerPrefill(db, buyer, 'Inès Morel Dupuis')).toEqual({ firstName: 'Inès', lastName: 'Morel Dupuis', phone: '06 11 22 33 44', street: '8 quai Perrache', postalCode: '69002', city: 'Lyon' });
});
