import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { stockCarOf } from '@/test/stock-fixture';
import { reserveVehicle } from './holds';
import { stockCarForFinancing } from './stock-for-financing';

// Which stock car /financing offers to order with the chosen financing. PGlite and PostgreSQL.

const embedded = process.env.VIRAGE_EMBEDDED_DB === '1';
const client = createPrismaClient(process.env.DATABASE_URL!, embedded ? 1 : 4);
const db = client.db;
const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-11-20T10:00:00Z');
const configuration = defaultConfiguration(catalogue, 'horizon');
const otherPaint = catalogue.paints.find((p) => p.code !== configuration.paint)?.code ?? configuration.paint;
const dealershipId = `dlr_sf_${tag}`;
let seq = 0;

async function makeUser(): Promise<string> {
  const id = `usr_sf_${tag}_${seq++}`;
  await db.user.create({ data: { id, name: 'Buyer', email: `${id}@example.org` } });
  return id;
}

async function makeVehicle(overrides: { paintCode?: string; status?: 'in_stock' | 'in_transit' | 'sold' | 'reserved' } = {}): Promise<string> {
  const id = `stk_sf_${tag}_${seq++}`;
  await db.stockVehicle.create({
    data: { id, vin: `SF${tag}${String(seq).padStart(7, '0')}`, dealershipId, ...stockCarOf(configuration, NOW), paintCode: overrides.paintCode ?? configuration.paint, status: overrides.status ?? 'in_stock' },
  });
  return id;
}

beforeAll(async () => {
  await db.dealership.create({
    data: { id: dealershipId, code: `sf${tag}`, name: `Virage SF ${tag}`, street: '1 rue du Test', postalCode: '44000', city: 'Nantes', lat: 47.2184, lon: -1.5536, phone: '+33 4 00 00 00 00', email: `sf.${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
  });
});
afterAll(async () => {
  await client.close();
});

describe('the stock car /financing offers to order', () => {
  it('the car the buyer came from, when it is exactly the financed configuration and still orderable', async () => {
    const id = await makeVehicle();
    expect(await stockCarForFinancing(db, configuration, { vehicleId: id, holderId: null }, NOW)).toMatchObject({ id, dealershipName: `Virage SF ${tag}` });
    // Another configuration on the page than the car's: not offered (the terms would be for another car).
    expect(otherPaint).not.toBe(configuration.paint);
    expect(await stockCarForFinancing(db, { ...configuration, paint: otherPaint }, { vehicleId: id, holderId: null }, NOW)).toBeNull();
    // Sold or reserved: not offered; an unknown id neither.
    expect(await stockCarForFinancing(db, configuration, { vehicleId: await makeVehicle({ status: 'sold' }), holderId: null }, NOW)).toBeNull();
    expect(await stockCarForFinancing(db, configuration, { vehicleId: await makeVehicle({ status: 'reserved' }), holderId: null }, NOW)).toBeNull();
    expect(await stockCarForFinancing(db, configuration, { vehicleId: `${id}x`, holderId: null }, NOW)).toBeNull();
  });

  it('a car held by another buyer is not offered; the holder is offered it, from its id or from their hold alone', async () => {
    const id = await makeVehicle();
    const holder = await makeUser();
    const stranger = await makeUser();
    await reserveVehicle(db, id, holder, NOW);
    expect(await stockCarForFinancing(db, configuration, { vehicleId: id, holderId: stranger }, NOW)).toBeNull();
    expect(await stockCarForFinancing(db, configuration, { vehicleId: id, holderId: holder }, NOW)).toMatchObject({ id });
    expect(await stockCarForFinancing(db, configuration, { vehicleId: null, holderId: holder }, NOW)).toMatchObject({ id });
    // Their hold is of another configuration than the page's: no stock car offered.
    expect(await stockCarForFinancing(db, { ...configuration, paint: otherPaint }, { vehicleId: null, holderId: holder }, NOW)).toBeNull();
    // After the hold expired, the hold alone offers nothing (anyone may take the car).
    expect(await stockCarForFinancing(db, configuration, { vehicleId: null, holderId: holder }, new Date(NOW.getTime() + 24 * 3_600_000))).toBeNull();
  });
});
