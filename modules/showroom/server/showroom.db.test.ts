import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { saveQuote, quoteExact } from '@/modules/catalog/server';
import { openCalls, raiseCall, takeCall } from './calls';
import { floorCar } from './cars';
import { saveToCustomerGarage } from './customer-file';
import { driverPrefill, holdableCars, holdForCustomer, startOrderForCustomer } from './for-customer';
import { verifyAssist } from '@/modules/orders/server';

const tag = randomBytes(4).toString('hex');
let n = 0;
const dealerships: Record<'lyon' | 'paris', { id: string; code: string }> = { lyon: { id: '', code: '' }, paris: { id: '', code: '' } };

async function dealership(name: string) {
  const code = `s${tag}${++n}`;
  const row = await db.dealership.create({
    data: { code, name, street: '1 rue', postalCode: '69001', city: name, lat: 45.76, lon: 4.83, phone: '0400000000', email: `${code}@d.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 10 },
    select: { id: true, code: true },
  });
  return row;
}

async function user(role: 'customer' | 'dealer_staff' = 'customer', dealershipId: string | null = null): Promise<string> {
  const id = `susr_${tag}_${++n}`;
  await db.user.create({ data: { id, name: 'P', email: `${id}@example.com`, role, dealershipId } });
  return id;
}

beforeAll(async () => {
  dealerships.lyon = await dealership('Lyon');
  dealerships.paris = await dealership('Paris');
});
afterAll(async () => {
  await pool().end();
});

describe('saving a configuration to a customer from the tablet', () => {
  it('is refused to staff of a dealership the customer never dealt with, and writes nothing', async () => {
    const customer = await user();
    const staff = { userId: await user('dealer_staff', dealerships.paris.id), dealershipId: dealerships.paris.id };
    const { code } = await saveQuote(staff.userId, quoteExact(defaultConfiguration(catalogue, 'horizon')));
    await expect(saveToCustomerGarage(staff, customer, code)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.savedConfiguration.count({ where: { ownerId: customer } })).toBe(0);
  });

  it("copies the staff member's configuration into the customer's garage once they consented", async () => {
    const customer = await user();
    const staff = { userId: await user('dealer_staff', dealerships.lyon.id), dealershipId: dealerships.lyon.id };
    await db.showroomConsent.create({ data: { code: `C${tag}${++n}`.slice(0, 16), dealershipId: staff.dealershipId, requestedByUserId: staff.userId, codeExpiresAt: new Date(Date.now() + 60_000), customerId: customer, grantedAt: new Date(), validUntil: new Date(Date.now() + 86_400_000) } });
    const { code } = await saveQuote(staff.userId, quoteExact(defaultConfiguration(catalogue, 'horizon')));
    const copy = await saveToCustomerGarage(staff, customer, code);
    expect(copy.code).not.toBe(code);
    expect(await db.savedConfiguration.findUniqueOrThrow({ where: { code: copy.code } })).toMatchObject({ ownerId: customer, modelCode: 'horizon' });
  });
});

describe('kiosk calls', () => {
  it('keep only a configurator path of this site, never another scheme or host', async () => {
    await raiseCall(dealerships.lyon.code, 'javascript:alert(1)');
    await raiseCall(dealerships.lyon.code, '//evil.example/configure/horizon');
    await raiseCall(dealerships.lyon.code, '/configure/horizon?t=gt');
    const calls = await openCalls(dealerships.lyon.id);
    expect(calls.map((c) => c.configuration)).toEqual([null, null, '/configure/horizon?t=gt']);
  });

  it('refuse an unknown dealership and cannot be taken by another dealership', async () => {
    await expect(raiseCall('nope', null)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { id } = await raiseCall(dealerships.paris.code, null);
    const lyonStaff = { userId: await user('dealer_staff', dealerships.lyon.id), dealershipId: dealerships.lyon.id };
    await expect(takeCall(lyonStaff, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const parisStaff = { userId: await user('dealer_staff', dealerships.paris.id), dealershipId: dealerships.paris.id };
    await takeCall(parisStaff, id);
    expect((await openCalls(dealerships.paris.id)).map((c) => c.id)).not.toContain(id);
  });

  it('ring the tablet once per kiosk: a double tap, even simultaneous, is the call already open; once taken, the kiosk may call again', async () => {
    const kiosk = `kiosk-${randomBytes(6).toString('hex')}`;
    const [a, b] = await Promise.all([raiseCall(dealerships.paris.code, null, kiosk), raiseCall(dealerships.paris.code, null, kiosk)]);
    expect(a.id).toBe(b.id);
    expect([a.alreadyOpen, b.alreadyOpen].sort()).toEqual([false, true]);
    expect((await raiseCall(dealerships.paris.code, null, kiosk)).id).toBe(a.id);
    expect(await db.salespersonCall.count({ where: { kioskId: kiosk } })).toBe(1);
    // Another kiosk of the showroom calls on its own; an id that is not one is ignored.
    expect((await raiseCall(dealerships.paris.code, null, `${kiosk}-2`)).id).not.toBe(a.id);
    const junk = await raiseCall(dealerships.paris.code, null, 'x<');
    expect((await db.salespersonCall.findUniqueOrThrow({ where: { id: junk.id } })).kioskId).toBeNull();
    const parisStaff = { userId: await user('dealer_staff', dealerships.paris.id), dealershipId: dealerships.paris.id };
    await takeCall(parisStaff, a.id);
    expect((await raiseCall(dealerships.paris.code, null, kiosk)).alreadyOpen).toBe(false);
  });
});

describe('floor cars', () => {
  it("open a stock car's page with its own price, and nothing for an unknown id", async () => {
    const c = defaultConfiguration(catalogue, 'horizon');
    const vehicle = await db.stockVehicle.create({ data: { vin: `SV${tag}${++n}`.slice(0, 17), dealershipId: dealerships.lyon.id, modelCode: c.model, trimCode: c.trim, paintCode: c.paint, wheelsCode: c.wheels, interiorCode: c.interior, options: [...c.options], packs: [...c.packs], priceCents: 4_200_000 }, select: { id: true } });
    expect(await floorCar(vehicle.id)).toMatchObject({ kind: 'stock', priceCents: 4_200_000, dealership: { id: dealerships.lyon.id } });
    expect(await floorCar('x'.repeat(500))).toBeNull();
  });
});

describe('acting for the customer from the tablet', () => {
  async function stockCar(dealershipId: string): Promise<string> {
    const c = defaultConfiguration(catalogue, 'horizon');
    const vehicle = await db.stockVehicle.create({ data: { vin: `HV${tag}${++n}`.slice(0, 17), dealershipId, modelCode: c.model, trimCode: c.trim, paintCode: c.paint, wheelsCode: c.wheels, interiorCode: c.interior, options: [...c.options], packs: [...c.packs], priceCents: 4_100_000 }, select: { id: true } });
    return vehicle.id;
  }

  it('holds a stock car of the dealership for a consenting customer, through the buyer\'s own hold; refuses otherwise and writes nothing', async () => {
    const customer = await user();
    const lyonStaff = { userId: await user('dealer_staff', dealerships.lyon.id), dealershipId: dealerships.lyon.id };
    const car = await stockCar(dealerships.lyon.id);
    const parisCar = await stockCar(dealerships.paris.id);
    // No consent, no interaction: refused, nothing held.
    await expect(holdForCustomer(lyonStaff, customer, car)).rejects.toMatchObject({ reason: 'CUSTOMER_NOT_CONSENTED' });
    await expect(driverPrefill(lyonStaff, customer)).rejects.toMatchObject({ reason: 'CUSTOMER_NOT_CONSENTED' });
    expect(await db.vehicleHold.count({ where: { holderId: customer } })).toBe(0);
    await db.showroomConsent.create({ data: { code: `H${tag}${++n}`.slice(0, 16), dealershipId: lyonStaff.dealershipId, requestedByUserId: lyonStaff.userId, codeExpiresAt: new Date(Date.now() + 60_000), customerId: customer, grantedAt: new Date(), validUntil: new Date(Date.now() + 86_400_000) } });
    // Another dealership's car reads as unknown.
    await expect(holdForCustomer(lyonStaff, customer, parisCar)).rejects.toMatchObject({ reason: 'VEHICLE_NOT_FOUND' });
    expect((await holdableCars(lyonStaff.dealershipId)).map((c) => c.id)).toContain(car);
    const held = await holdForCustomer(lyonStaff, customer, car);
    expect(held.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await db.vehicleHold.findFirst({ where: { holderId: customer, status: 'active' }, select: { vehicleId: true } })).toEqual({ vehicleId: car });
    expect((await holdableCars(lyonStaff.dealershipId)).map((c) => c.id)).not.toContain(car);
    // Another customer cannot get the same car (the buyer's rules apply).
    const other = await user();
    await db.showroomConsent.create({ data: { code: `H${tag}${++n}`.slice(0, 16), dealershipId: lyonStaff.dealershipId, requestedByUserId: lyonStaff.userId, codeExpiresAt: new Date(Date.now() + 60_000), customerId: other, grantedAt: new Date(), validUntil: new Date(Date.now() + 86_400_000) } });
    await expect(holdForCustomer(lyonStaff, other, car)).rejects.toMatchObject({ reason: 'VEHICLE_ALREADY_HELD' });
    expect(await driverPrefill(lyonStaff, customer)).toMatchObject({ customerId: customer, email: `${customer}@example.com` });
  });

  it('starts the order for a consenting customer through the orders checks; a checkout link for the customer, signed with that salesperson', async () => {
    const customer = await user();
    const lyonStaff = { userId: await user('dealer_staff', dealerships.lyon.id), dealershipId: dealerships.lyon.id };
    const parisStaff = { userId: await user('dealer_staff', dealerships.paris.id), dealershipId: dealerships.paris.id };
    const car = await stockCar(dealerships.lyon.id);
    const { code } = await saveQuote(customer, quoteExact(defaultConfiguration(catalogue, 'horizon')));
    const { code: notTheirs } = await saveQuote(lyonStaff.userId, quoteExact(defaultConfiguration(catalogue, 'horizon')));
    // No consent: refused.
    await expect(startOrderForCustomer(lyonStaff, customer, { kind: 'factory', savedCode: code })).rejects.toMatchObject({ reason: 'CUSTOMER_NOT_CONSENTED' });
    await db.showroomConsent.create({ data: { code: `O${tag}${++n}`.slice(0, 16), dealershipId: lyonStaff.dealershipId, requestedByUserId: lyonStaff.userId, codeExpiresAt: new Date(Date.now() + 60_000), customerId: customer, grantedAt: new Date(), validUntil: new Date(Date.now() + 86_400_000) } });
    await db.showroomConsent.create({ data: { code: `O${tag}${++n}`.slice(0, 16), dealershipId: parisStaff.dealershipId, requestedByUserId: parisStaff.userId, codeExpiresAt: new Date(Date.now() + 60_000), customerId: customer, grantedAt: new Date(), validUntil: new Date(Date.now() + 86_400_000) } });
    // Only the customer's own configurations, only this dealership's cars, only cars free or held by them.
    await expect(startOrderForCustomer(lyonStaff, customer, { kind: 'factory', savedCode: notTheirs })).rejects.toMatchObject({ reason: 'CONFIGURATION_NOT_FOUND' });
    await expect(startOrderForCustomer(parisStaff, customer, { kind: 'stock', vehicleId: car })).rejects.toMatchObject({ reason: 'VEHICLE_NOT_FOUND' });
    const other = await user();
    await holdForCustomer(lyonStaff, customer, car);
    await db.showroomConsent.create({ data: { code: `O${tag}${++n}`.slice(0, 16), dealershipId: lyonStaff.dealershipId, requestedByUserId: lyonStaff.userId, codeExpiresAt: new Date(Date.now() + 60_000), customerId: other, grantedAt: new Date(), validUntil: new Date(Date.now() + 86_400_000) } });
    await expect(startOrderForCustomer(lyonStaff, other, { kind: 'stock', vehicleId: car })).rejects.toMatchObject({ reason: 'VEHICLE_ALREADY_HELD' });
    // The held car: a checkout link for this customer, signed with the salesperson; nothing ordered yet.
    const started = await startOrderForCustomer(lyonStaff, customer, { kind: 'stock', vehicleId: car });
    const link = new URL(started.path, 'https://virage.test');
    expect(link.pathname).toBe('/checkout');
    expect(link.searchParams.get('vehicle')).toBe(car);
    expect(await db.order.count({ where: { buyerId: customer } })).toBe(0);
    const token = link.searchParams.get('assist') ?? '';
    const secret = process.env.BETTER_AUTH_SECRET ?? '';
    expect(verifyAssist(secret, token, customer, { kind: 'stock', vehicleId: car }, new Date())).toEqual({ staffUserId: lyonStaff.userId, dealershipId: lyonStaff.dealershipId });
    // Opened by someone else, the link credits nobody.
    expect(verifyAssist(secret, token, other, { kind: 'stock', vehicleId: car }, new Date())).toBeNull();
    // Factory order from the customer's own garage.
    expect(new URL((await startOrderForCustomer(lyonStaff, customer, { kind: 'factory', savedCode: code })).path, 'https://virage.test').searchParams.get('config')).toBe(code);
  });
});
