import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { mergeGuestIntoAccount } from '@/lib/guest-merge';
import { toPayload } from '../events';
import { recordJourneyEvents } from './record';
import { acceptConsent, lookupByConfigurationCode, lookupByContact, openCustomerFile, requestConsent, staffMaySee, consentOutcome, type StaffActor } from './staff-access';
import { timelineOf } from './timeline';

const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-12-06T10:00:00Z');
let n = 0;
let lyon = '';
let paris = '';

async function dealership(name: string): Promise<string> {
  const row = await db.dealership.create({
    data: { code: `J${tag}${++n}`, name, street: '1 rue', postalCode: '69001', city: name, lat: 45.76, lon: 4.83, phone: '0400000000', email: `${name}@d.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 10 },
    select: { id: true },
  });
  return row.id;
}

async function user(opts: { guest?: boolean; role?: 'customer' | 'dealer_staff'; dealershipId?: string } = {}): Promise<string> {
  const id = `jusr_${tag}_${++n}`;
  await db.user.create({ data: { id, name: `Person ${n}`, email: `${id}@example.com`, isAnonymous: opts.guest ?? false, role: opts.role ?? 'customer', dealershipId: opts.dealershipId ?? null } });
  return id;
}

async function staff(dealershipId: string): Promise<StaffActor> {
  return { userId: await user({ role: 'dealer_staff', dealershipId }), dealershipId };
}

async function saved(ownerId: string): Promise<string> {
  const code = `J${randomBytes(5).toString('hex').toUpperCase()}`.replace(/[^A-Z2-9]/g, 'K').slice(0, 8);
  await db.savedConfiguration.create({ data: { code, ownerId, modelCode: 'horizon', configuration: { model: 'horizon' } } });
  return code;
}

beforeAll(async () => {
  lyon = await dealership('Lyon');
  paris = await dealership('Paris');
});
afterAll(async () => {
  await pool().end();
});

describe('journey events', () => {
  it('are inserted once by the worker, whatever the retries, and invalid payloads are dropped', async () => {
    const customer = await user();
    const payload = toPayload({ channel: 'web', step: 'save', userId: customer, modelCode: 'horizon', subjectRef: 'ABCD2345' }, randomUUID(), NOW);
    expect(await recordJourneyEvents([payload, { ...payload, step: 'nonsense' }])).toBe(1);
    expect(await recordJourneyEvents([payload])).toBe(0);
    const timeline = await timelineOf(db, customer);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ channel: 'web', step: 'save', modelCode: 'horizon', byStaff: false });
    expect(payload.essential).toBe(true);
    expect(toPayload({ channel: 'web', step: 'configure' }, randomUUID(), NOW).essential).toBe(false);
  });

  it('shows a timeline newest first across channels', async () => {
    const customer = await user();
    const at = (min: number) => new Date(NOW.getTime() + min * 60_000);
    await recordJourneyEvents([
      toPayload({ channel: 'web', step: 'save', userId: customer }, randomUUID(), at(0)),
      toPayload({ channel: 'showroom', step: 'test_drive', userId: customer, staffUserId: 'someone' }, randomUUID(), at(10)),
      toPayload({ channel: 'web', step: 'order', userId: customer }, randomUUID(), at(20)),
    ]);
    const timeline = await timelineOf(db, customer);
    expect(timeline.map((e) => `${e.channel}:${e.step}`)).toEqual(['web:order', 'showroom:test_drive', 'web:save']);
    expect(timeline[1]?.byStaff).toBe(true);
  });

  it("follow a guest into the account at sign-in", async () => {
    const [guest, account] = [await user({ guest: true }), await user()];
    await recordJourneyEvents([toPayload({ channel: 'kiosk', step: 'save', userId: guest }, randomUUID(), NOW)]);
    await mergeGuestIntoAccount(db, guest, account, NOW);
    expect((await timelineOf(db, account)).map((e) => e.channel)).toEqual(['kiosk']);
    expect(await timelineOf(db, guest)).toEqual([]);
  });
});

describe('showroom tablet access', () => {
  it('refuses staff of another dealership a customer who only dealt with Lyon, and logs the refusal', async () => {
    const customer = await user();
    await recordJourneyEvents([toPayload({ channel: 'web', step: 'save', userId: customer, dealershipId: lyon }, randomUUID(), NOW)]);
    const lyonStaff = await staff(lyon);
    const parisStaff = await staff(paris);
    expect(await staffMaySee(db, lyonStaff, customer, NOW)).toBe(true);
    await expect(openCustomerFile(db, parisStaff, customer, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'CUSTOMER_NOT_CONSENTED' });
    const log = await db.staffLookup.findMany({ where: { staffUserId: parisStaff.userId } });
    expect(log).toMatchObject([{ customerId: customer, outcome: 'refused_no_consent', method: 'customer' }]);
  });

  it('refuses a lookup by e-mail or phone without consent, logs it, and finds the customer once they accepted the code in their account', async () => {
    const customer = await user();
    await db.customerProfile.create({ data: { userId: customer, phone: '0612345678' } });
    const email = (await db.user.findUniqueOrThrow({ where: { id: customer } })).email;
    const desk = await staff(paris);
    expect(await lookupByContact(db, desk, { kind: 'email', email }, NOW)).toBeNull();
    expect(await lookupByContact(db, desk, { kind: 'phone', phone: '06 12 34 56 78' }, NOW)).toBeNull();
    const refused = await db.staffLookup.findMany({ where: { staffUserId: desk.userId }, orderBy: { at: 'asc' } });
    expect(refused.map((l) => [l.method, l.outcome, l.customerId])).toEqual([
      ['email', 'refused_no_consent', customer],
      ['phone', 'refused_no_consent', customer],
    ]);

    const request = await requestConsent(db, desk, NOW);
    expect(await consentOutcome(db, desk, request.id)).toMatchObject({ code: request.code, customerId: null });
    await acceptConsent(db, customer, request.code.toLowerCase(), new Date(NOW.getTime() + 60_000));
    expect(await consentOutcome(db, desk, request.id)).toMatchObject({ customerId: customer });
    expect(await lookupByContact(db, desk, { kind: 'phone', phone: '06.12.34.56.78' }, NOW)).toEqual({ customerId: customer });
    const consent = await db.showroomConsent.findUniqueOrThrow({ where: { id: request.id } });
    expect(consent).toMatchObject({ dealershipId: paris, requestedByUserId: desk.userId, scope: 'lookup', customerId: customer });

    // Another staff member of another dealership cannot read the answer of this request.
    const other = await staff(lyon);
    expect(await consentOutcome(db, other, request.id)).toBeNull();
  });

  it('a consent code is used once and expires', async () => {
    const [a, b] = [await user(), await user()];
    const desk = await staff(paris);
    const request = await requestConsent(db, desk, NOW);
    await acceptConsent(db, a, request.code, NOW);
    await expect(acceptConsent(db, b, request.code, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const late = await requestConsent(db, desk, NOW);
    await expect(acceptConsent(db, b, late.code, new Date(NOW.getTime() + 16 * 60_000))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(acceptConsent(db, b, 'x'.repeat(200), NOW)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('a configuration code shows the configuration but the customer only to a dealership they dealt with', async () => {
    const customer = await user();
    const code = await saved(customer);
    const desk = await staff(paris);
    expect(await lookupByConfigurationCode(db, desk, code, NOW)).toEqual({ configurationCode: code, customerId: null, customerVisible: false });
    expect(await lookupByConfigurationCode(db, desk, 'ZZZZZZZZ', NOW)).toBeNull();
    const request = await requestConsent(db, desk, NOW);
    await acceptConsent(db, customer, request.code, NOW);
    expect(await lookupByConfigurationCode(db, desk, code, NOW)).toEqual({ configurationCode: code, customerId: customer, customerVisible: true });
  });
});
