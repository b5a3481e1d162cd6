import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { receiveArrivedStock } from './arrivals';
import { stockCarOf } from '@/test/stock-fixture';

const client = createPrismaClient(process.env.DATABASE_URL!, 1);
const db = client.db;
const tag = randomBytes(4).toString('hex');
const configuration = defaultConfiguration(catalogue, 'horizon');
// 6 December in Paris, mid-afternoon.
const NOW = new Date('2026-12-06T14:00:00Z');
const dealershipId = `dlr_arr_${tag}`;

async function transitCar(suffix: string, arrivesOn: string): Promise<string> {
  const id = `stk_arr_${tag}_${suffix}`;
  await db.stockVehicle.create({
    data: {
      id,
      vin: `ARR${tag}${suffix}`.slice(0, 17),
      dealershipId,
      ...stockCarOf(configuration),
      priceCents: 4_000_000,
      status: 'in_transit',
      arrivesOn: new Date(`${arrivesOn}T00:00:00Z`),
    },
  });
  return id;
}

beforeAll(async () => {
  await db.dealership.create({
    data: { id: dealershipId, code: `a${tag}`, name: `Virage Arrivées ${tag}`, street: '1 rue du Test', postalCode: '29200', city: 'Brest', lat: 48.39, lon: -4.49, phone: '+33 2 00 00 00 00', email: `arr.${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
  });
});

afterAll(async () => {
  await client.close();
});

describe('receiveArrivedStock', () => {
  it('books in the cars whose transit date has passed, keeps today’s and later ones in transit', async () => {
    const past = await transitCar('past', '2026-12-01');
    const today = await transitCar('today', '2026-12-06');
    const ahead = await transitCar('ahead', '2026-12-09');
    await receiveArrivedStock(db, NOW);
    const rows = await db.stockVehicle.findMany({ where: { id: { in: [past, today, ahead] } }, select: { id: true, status: true } });
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect(status).toEqual({ [past]: 'in_stock', [today]: 'in_transit', [ahead]: 'in_transit' });
    // Run twice (two instances, or a retried job): the same outcome.
    await receiveArrivedStock(db, NOW);
    expect((await db.stockVehicle.findUniqueOrThrow({ where: { id: today } })).status).toBe('in_transit');
  });

  it('counts days in Paris: at 00:30 on 7 December in Paris (still the 6th in UTC), the car due on the 6th is in', async () => {
    const due = await transitCar('due6', '2026-12-06');
    const next = await transitCar('due7', '2026-12-07');
    await receiveArrivedStock(db, new Date('2026-12-06T23:30:00Z'));
    const rows = await db.stockVehicle.findMany({ where: { id: { in: [due, next] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [due]: 'in_stock', [next]: 'in_transit' });
  });
});
