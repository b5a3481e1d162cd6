import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { classifyDbError } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { HOLD_DURATION_MINUTES } from '../holds';
import { activeHoldsOf, expireDueHolds, expireHold, extendHold, releaseHold, reserveVehicle } from './holds';
import { searchAvailability } from './search';
import { stockCarOf } from '@/test/stock-fixture';

const url = process.env.DATABASE_URL!;
const embedded = process.env.VIRAGE_EMBEDDED_DB === '1';
const client = createPrismaClient(url, embedded ? 1 : 12);
const db = client.db;
const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-11-20T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const configuration = defaultConfiguration(catalogue, 'horizon');

async function makeUser(name: string): Promise<string> {
  const id = `usr_${tag}_${name}`;
  await db.user.create({ data: { id, name, email: `${name}.${tag}@example.org` } });
  return id;
}

async function makeVehicle(suffix: string, dealershipId: string, overrides: Partial<{ paintCode: string; status: 'in_stock' | 'in_transit' | 'sold' }> = {}): Promise<string> {
  const id = `stk_${tag}_${suffix}`;
  await db.stockVehicle.create({
    data: {
      id,
      vin: `VIN${tag}${suffix}`.slice(0, 17),
      dealershipId,
      ...stockCarOf(configuration),
      paintCode: overrides.paintCode ?? configuration.paint,
      status: overrides.status ?? 'in_stock',
    },
  });
  return id;
}

let dealershipId = '';

beforeAll(async () => {
  dealershipId = `dlr_${tag}`;
  await db.dealership.create({
    data: {
      id: dealershipId,
      code: `t${tag}`,
      name: `Virage Test ${tag}`,
      street: '1 rue du Test',
      // Nantes: no other test file puts stock here, so the nearest-first search below sees this
      // file's vehicles first whatever the other files left in a shared PostgreSQL database.
      postalCode: '44000',
      city: 'Nantes',
      lat: 47.2184,
      lon: -1.5536,
      phone: '+33 4 00 00 00 00',
      email: `${tag}@virage.example`,
      openingHours: {},
      closures: [],
      homeDriveRadiusKm: 20,
    },
  });
});

afterAll(async () => {
  await client.close();
});

describe('reserveVehicle', () => {
  it('gives exactly one hold when many buyers reserve the same vehicle at once', async () => {
    const vehicleId = await makeVehicle('race', dealershipId);
    const buyers = await Promise.all(Array.from({ length: 8 }, (_, i) => makeUser(`race${i}`)));
    const clients = buyers.map(() => createPrismaClient(url, 1));
    try {
      const results = await Promise.allSettled(buyers.map((buyer, i) => reserveVehicle(clients[i]!.db, vehicleId, buyer, NOW)));
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(buyers.length - 1);
      for (const failure of lost) {
        if (!(failure.reason instanceof AppError)) console.error(failure.reason);
        expect(failure.reason).toBeInstanceOf(AppError);
        expect((failure.reason as AppError).reason).toBe('VEHICLE_ALREADY_HELD');
      }
      expect(await db.vehicleHold.count({ where: { vehicleId, status: 'active' } })).toBe(1);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('leaves exactly one active hold when one guest reserves 50 vehicles at once', async () => {
    const guest = await makeUser('burst');
    const vehicles = await Promise.all(Array.from({ length: 50 }, (_, i) => makeVehicle(`b${i}`, dealershipId)));
    const clients = Array.from({ length: 10 }, () => createPrismaClient(url, 1));
    try {
      const results = await Promise.allSettled(vehicles.map((vehicleId, i) => reserveVehicle(clients[i % clients.length]!.db, vehicleId, guest, NOW)));
      // On a loaded machine the embedded database (one backend) may time some of the queued
      // transactions out (P2028): refused, never a second active hold.
      for (const result of results) if (result.status === 'rejected' && !(result.reason instanceof AppError)) expect(result.reason).toMatchObject({ code: 'P2028' });
      expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
      expect(await db.vehicleHold.count({ where: { holderId: guest, status: 'active' } })).toBe(1);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
      // Out of the later availability search.
      await db.stockVehicle.updateMany({ where: { id: { in: vehicles } }, data: { status: 'sold' } });
    }
  });

  it('has the database refuse a second active hold for one holder, whatever the code does', async () => {
    const holder = await makeUser('index');
    const [first, second] = await Promise.all([makeVehicle('ix1', dealershipId), makeVehicle('ix2', dealershipId)]);
    await db.vehicleHold.create({ data: { vehicleId: first, holderId: holder, expiresAt: later(30) } });
    await expect(db.vehicleHold.create({ data: { vehicleId: second, holderId: holder, expiresAt: later(30) } })).rejects.toSatisfy((error) => classifyDbError(error) === 'unique');
  });

  it('refuses a sold vehicle and an unknown one', async () => {
    const buyer = await makeUser('sold');
    const sold = await makeVehicle('sold', dealershipId, { status: 'sold' });
    await expect(reserveVehicle(db, sold, buyer, NOW)).rejects.toMatchObject({ reason: 'VEHICLE_NOT_AVAILABLE' });
    await expect(reserveVehicle(db, `nope_${tag}`, buyer, NOW)).rejects.toMatchObject({ reason: 'VEHICLE_NOT_FOUND' });
  });

  it('keeps one hold per buyer: a new hold releases the previous one; reserving again returns the same hold', async () => {
    const buyer = await makeUser('switch');
    const first = await makeVehicle('sw1', dealershipId);
    const second = await makeVehicle('sw2', dealershipId);
    const a = await reserveVehicle(db, first, buyer, NOW);
    expect(a.releasedVehicleIds).toEqual([]);
    expect(a.expiresAt.getTime() - NOW.getTime()).toBe(HOLD_DURATION_MINUTES * 60_000);
    expect((await reserveVehicle(db, first, buyer, later(1))).id).toBe(a.id);
    const b = await reserveVehicle(db, second, buyer, later(2));
    // The page is told which hold the new one replaced, so it can stop showing it as held.
    expect(b.releasedVehicleIds).toEqual([first]);
    const holds = await activeHoldsOf(db, buyer, later(3));
    expect(holds.map((h) => h.id)).toEqual([b.id]);
  });

  it('releases the vehicle when the hold runs out: by the expiry job, the sweep, or the next reservation', async () => {
    const [alice, bob, carol] = await Promise.all([makeUser('alice'), makeUser('bob'), makeUser('carol')]);
    const vehicleId = await makeVehicle('expiry', dealershipId);
    const hold = await reserveVehicle(db, vehicleId, alice, NOW);
    await expect(reserveVehicle(db, vehicleId, bob, later(HOLD_DURATION_MINUTES - 1))).rejects.toMatchObject({ reason: 'VEHICLE_ALREADY_HELD' });
    expect(await expireHold(db, hold.id, later(HOLD_DURATION_MINUTES - 1))).toBe(false);
    expect(await expireHold(db, hold.id, later(HOLD_DURATION_MINUTES))).toBe(true);
    const bobs = await reserveVehicle(db, vehicleId, bob, later(HOLD_DURATION_MINUTES + 1));
    // Bob's hold runs out; nobody swept it, Carol's reservation closes it herself.
    const carols = await reserveVehicle(db, vehicleId, carol, later(2 * HOLD_DURATION_MINUTES + 5));
    expect(carols.holderId).toBe(carol);
    expect((await db.vehicleHold.findUniqueOrThrow({ where: { id: bobs.id } })).status).toBe('expired');
    expect(await expireDueHolds(db, later(4 * HOLD_DURATION_MINUTES))).toBeGreaterThanOrEqual(1);
    expect((await db.vehicleHold.findUniqueOrThrow({ where: { id: carols.id } })).status).toBe('expired');
  });

  it('lets only the holder release a hold', async () => {
    const [owner, other] = await Promise.all([makeUser('owner'), makeUser('other')]);
    const vehicleId = await makeVehicle('release', dealershipId);
    const hold = await reserveVehicle(db, vehicleId, owner, NOW);
    await expect(releaseHold(db, hold.id, other, NOW)).rejects.toMatchObject({ reason: 'HOLD_NOT_FOUND' });
    await releaseHold(db, hold.id, owner, NOW);
    expect((await reserveVehicle(db, vehicleId, other, NOW)).holderId).toBe(other);
  });
});

describe('searchAvailability', () => {
  it('lists exact matches and close matches with their differences, and leaves vehicles held by others out', async () => {
    const otherPaint = catalogue.paints.find((p) => p.code !== configuration.paint && p.offers[configuration.model])!;
    const exact = await makeVehicle('s-exact', dealershipId);
    const held = await makeVehicle('s-held', dealershipId);
    const close = await makeVehicle('s-close', dealershipId, { paintCode: otherPaint.code });
    const holder = await makeUser('holder');
    await reserveVehicle(db, held, holder, NOW);
    const result = await searchAvailability(client.pool, catalogue, configuration, { lat: 47.22, lon: -1.55, departement: '44' }, later(1));
    const exactIds = result.exact.map((m) => m.vehicleId);
    expect(exactIds).toContain(exact);
    expect(exactIds).not.toContain(held);
    // The holder still finds their own car (shown as held by them); someone else does not.
    const holderView = await searchAvailability(client.pool, catalogue, configuration, { lat: 47.22, lon: -1.55, departement: '44' }, later(1), holder);
    expect(holderView.exact.map((m) => m.vehicleId)).toContain(held);
    const strangerView = await searchAvailability(client.pool, catalogue, configuration, { lat: 47.22, lon: -1.55, departement: '44' }, later(1), await makeUser('stranger'));
    expect(strangerView.exact.map((m) => m.vehicleId)).not.toContain(held);
    const closeMatch = result.close.find((m) => m.vehicleId === close);
    expect(closeMatch?.differences).toEqual([{ field: 'paint', kind: 'different', wanted: expect.anything(), actual: otherPaint.name }]);
    expect(result.factory?.fromWeeks).toBeGreaterThan(0);
    expect(result.factory!.toWeeks).toBeGreaterThan(result.factory!.fromWeeks);
  });
});

describe('extendHold', () => {
  it('extends the buyer hold while checkout is open, never past the maximum', async () => {
    const vehicleId = await makeVehicle('extend', dealershipId);
    const buyer = await makeUser('extender');
    const hold = await reserveVehicle(db, vehicleId, buyer, NOW);
    await db.vehicleHold.update({ where: { id: hold.id }, data: { createdAt: NOW } }); // the test's clock, not the database's
    const extended = await extendHold(db, vehicleId, buyer, later(20), 30, 60);
    expect(extended?.expiresAt.toISOString()).toBe(later(50).toISOString());
    const capped = await extendHold(db, vehicleId, buyer, later(45), 30, 60);
    expect(capped?.expiresAt.toISOString()).toBe(later(60).toISOString());
    expect(await extendHold(db, vehicleId, await makeUser('notholder'), later(45), 30, 60)).toBeNull();
    expect(hold.id).toBe(capped?.id);
  });
});
