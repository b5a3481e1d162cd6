import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { toPayload } from '@/modules/journey';
import { findByContact, recordJourneyEvents } from '@/modules/journey/server';
import { deleteCustomerAccount, exportCustomerData, renameConfiguration, updateProfile } from './account';

const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-12-06T10:00:00Z');
let n = 0;
let lyon = '';

async function dealership(name: string): Promise<string> {
  const row = await db.dealership.create({
    data: { code: `C${tag}${++n}`, name, street: '1 rue', postalCode: '69001', city: name, lat: 45.76, lon: 4.83, phone: '0400000000', email: `${name}@d.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 10 },
    select: { id: true },
  });
  return row.id;
}

async function user(opts: { role?: 'customer' | 'dealer_staff'; dealershipId?: string } = {}): Promise<string> {
  const id = `cusr_${tag}_${++n}`;
  await db.user.create({ data: { id, name: `Person ${n}`, email: `${id}@example.com`, role: opts.role ?? 'customer', dealershipId: opts.dealershipId ?? null } });
  return id;
}

async function saved(ownerId: string): Promise<string> {
  const code = `C${randomBytes(5).toString('hex').toUpperCase()}`.replace(/[^A-Z2-9]/g, 'K').slice(0, 8);
  await db.savedConfiguration.create({ data: { code, ownerId, modelCode: 'horizon', configuration: { model: 'horizon' } } });
  return code;
}

beforeAll(async () => {
  lyon = await dealership('Lyon');
});
afterAll(async () => {
  await pool().end();
});

describe("the customer's data", () => {
  it('refuses oversize names and bad phones with field errors, nothing written', async () => {
    const customer = await user();
    await expect(updateProfile(db, customer, { firstName: 'A'.repeat(101) })).rejects.toMatchObject({ name: 'ZodError' });
    await expect(updateProfile(db, customer, { phone: 'call me maybe' })).rejects.toMatchObject({ name: 'ZodError' });
    expect(await db.customerProfile.findUnique({ where: { userId: customer } })).toBeNull();
    await updateProfile(db, customer, { firstName: 'Élodie', lastName: 'Martin', postalCode: '69002', contactByEmail: true });
    expect(await db.customerProfile.findUniqueOrThrow({ where: { userId: customer } })).toMatchObject({ firstName: 'Élodie', postalCode: '69002', contactByEmail: true });
  });

  it('dates the details, not every save: a consent saved alone leaves when the address changed as it was', async () => {
    const customer = await user();
    await updateProfile(db, customer, { street: '8 quai Perrache', postalCode: '69002', city: 'Lyon' });
    const first = (await db.customerProfile.findUniqueOrThrow({ where: { userId: customer } })).detailsUpdatedAt;
    expect(first).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateProfile(db, customer, { street: '8 quai Perrache', postalCode: '69002', city: 'Lyon', contactBySms: true });
    const afterConsent = await db.customerProfile.findUniqueOrThrow({ where: { userId: customer } });
    expect(afterConsent.detailsUpdatedAt).toEqual(first);
    expect(afterConsent.updatedAt.getTime()).toBeGreaterThan(first!.getTime());
    await updateProfile(db, customer, { street: '2 rue Nationale', postalCode: '59000', city: 'Lille', contactBySms: true });
    expect((await db.customerProfile.findUniqueOrThrow({ where: { userId: customer } })).detailsUpdatedAt!.getTime()).toBeGreaterThan(first!.getTime());
  });

  it("cannot rename another customer's configuration", async () => {
    const [owner, other] = [await user(), await user()];
    const code = await saved(owner);
    await expect(renameConfiguration(db, other, code, 'Mine now')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await renameConfiguration(db, owner, code, 'Pour Lyon');
    expect((await db.savedConfiguration.findUniqueOrThrow({ where: { code } })).title).toBe('Pour Lyon');
  });

  it("exports the customer's data with the staff lookups of them, and nobody else's", async () => {
    const [customer, other] = [await user(), await user()];
    await saved(customer);
    await saved(other);
    const desk = { userId: await user({ role: 'dealer_staff', dealershipId: lyon }), dealershipId: lyon };
    await findByContact(desk, { kind: 'email', email: `${customer}@example.com` });
    await db.chatConversation.create({ data: { ownerId: customer, lastSeq: 1, messages: { create: { seq: 1, authorId: customer, authorRole: 'buyer', body: 'La Horizon en gris ?' } } } });
    await db.chatConversation.create({ data: { ownerId: other, lastSeq: 1, messages: { create: { seq: 1, authorId: other, authorRole: 'buyer', body: 'Someone else asking' } } } });
    const data = await exportCustomerData(db, customer, NOW);
    expect(data.conversations).toMatchObject([{ messages: [{ seq: 1, authorRole: 'buyer', body: 'La Horizon en gris ?' }] }]);
    expect(data.account.id).toBe(customer);
    expect(data.savedConfigurations).toHaveLength(1);
    expect(data.staffLookups).toMatchObject([{ method: 'email', outcome: 'refused_no_consent', dealership: 'Lyon' }]);
    expect(JSON.stringify(data)).not.toContain(other);
    expect(JSON.stringify(data)).not.toContain('Someone else asking');
  });

  it('deletes an account: personal data gone, events anonymised, holds released', async () => {
    const customer = await user();
    await updateProfile(db, customer, { firstName: 'Zoé', phone: '0611111111' });
    const code = await saved(customer);
    const vehicle = await db.stockVehicle.create({ data: { vin: `JV${tag}${++n}`.slice(0, 17), dealershipId: lyon, modelCode: 'horizon', trimCode: 't', paintCode: 'p', wheelsCode: 'w', interiorCode: 'i', options: [], packs: [], priceCents: 1 }, select: { id: true } });
    const hold = await db.vehicleHold.create({ data: { vehicleId: vehicle.id, holderId: customer, expiresAt: new Date(NOW.getTime() + 3_600_000) } });
    await recordJourneyEvents([toPayload({ channel: 'web', step: 'save', userId: customer, dealershipId: lyon, subjectRef: code }, randomUUID(), NOW)]);
    const event = await db.journeyEvent.findFirstOrThrow({ where: { userId: customer } });
    const conversation = await db.chatConversation.create({ data: { ownerId: customer, lastSeq: 1, messages: { create: { seq: 1, authorId: customer, authorRole: 'buyer', body: 'Mon numéro : 06 11 11 11 11' } } } });
    expect(await deleteCustomerAccount(db, customer, NOW)).toEqual({ kept: 'none' });
    expect(await db.chatConversation.findUnique({ where: { id: conversation.id } })).toBeNull();
    expect(await db.chatMessage.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect(await db.user.findUnique({ where: { id: customer } })).toBeNull();
    expect(await db.customerProfile.findUnique({ where: { userId: customer } })).toBeNull();
    expect(await db.savedConfiguration.findUnique({ where: { code } })).toBeNull();
    expect(await db.vehicleHold.findUnique({ where: { id: hold.id } })).toBeNull();
    expect(await db.vehicleHold.count({ where: { vehicleId: vehicle.id, status: 'active' } })).toBe(0);
    expect(await db.journeyEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ userId: null, step: 'save', dealershipId: lyon });
  });
});
