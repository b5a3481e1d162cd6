import { randomBytes } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { stockCarOf } from '@/test/stock-fixture';
import { preferredDealership } from './buyer';

// Checkout preselects the dealership the buyer last dealt with; with none, nothing is chosen for them.

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
