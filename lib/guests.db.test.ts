import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { bookDrive } from '@/modules/test-drives/server';
import { createTestDealership, driver, recordEffects } from '@/modules/test-drives/server/test-world';
import { removeIdleGuests } from '@/modules/customers/server';
import { mergeGuestIntoAccount } from '@/lib/guest-merge';
import { stockCarOf } from '@/test/stock-fixture';

const tag = randomBytes(4).toString('hex');
const configuration = defaultConfiguration(catalogue, 'horizon');
const NOW = new Date('2026-12-06T03:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
let dealershipId = '';
let counter = 0;
recordEffects();

async function user(opts: { guest: boolean; lastActive?: Date }): Promise<string> {
  const id = `usr_${tag}_${++counter}`;
  const at = opts.lastActive ?? NOW;
  await db.user.create({ data: { id, name: 'U', email: `${id}@guest.virage.invalid`, isAnonymous: opts.guest, createdAt: at, updatedAt: at } });
  await db.session.create({ data: { id: `ses_${id}`, token: `tok_${id}`, userId: id, expiresAt: new Date(at.getTime() + 30 * 86_400_000), createdAt: at, updatedAt: at } });
  return id;
}

async function vehicle(): Promise<string> {
  const id = `stk_${tag}_${++counter}`;
  await db.stockVehicle.create({
    data: {
      id,
      vin: `G${tag}${String(counter).padStart(6, '0')}`.slice(0, 17),
      dealershipId,
      ...stockCarOf(configuration),
    },
  });
  return id;
}

beforeAll(async () => {
  dealershipId = (await createTestDealership()).dealershipId;
});
afterAll(async () => {
  await pool().end();
});

describe('guest → account merge', () => {
  it('keeps one active hold per holder: the newest of the guest and the account, the other released', async () => {
    const [guest, account] = [await user({ guest: true }), await user({ guest: false })];
    const older = await db.vehicleHold.create({ data: { vehicleId: await vehicle(), holderId: account, expiresAt: daysAgo(-1), createdAt: daysAgo(0.01) } });
    const newer = await db.vehicleHold.create({ data: { vehicleId: await vehicle(), holderId: guest, expiresAt: daysAgo(-1), createdAt: NOW } });
    await mergeGuestIntoAccount(db, guest, account, NOW);
    const active = await db.vehicleHold.findMany({ where: { holderId: account, status: 'active' } });
    expect(active.map((h) => h.id)).toEqual([newer.id]);
    expect((await db.vehicleHold.findUniqueOrThrow({ where: { id: older.id } })).status).toBe('released');
  });
});

describe('removeIdleGuests', () => {
  it('removes only guests idle for the given days with nothing attached', async () => {
    const idleEmpty = await user({ guest: true, lastActive: daysAgo(40) });
    const idleWithOldHold = await user({ guest: true, lastActive: daysAgo(40) });
    await db.vehicleHold.create({ data: { vehicleId: await vehicle(), holderId: idleWithOldHold, status: 'expired', expiresAt: daysAgo(39), createdAt: daysAgo(40) } });
    const recent = await user({ guest: true, lastActive: daysAgo(2) });
    const idleButSessionRecent = await user({ guest: true, lastActive: daysAgo(40) });
    await db.session.update({ where: { id: `ses_${idleButSessionRecent}` }, data: { updatedAt: daysAgo(1) } });
    const withConfiguration = await user({ guest: true, lastActive: daysAgo(40) });
    await db.savedConfiguration.create({ data: { code: `C${tag}`.slice(0, 8).toUpperCase(), ownerId: withConfiguration, modelCode: 'horizon', configuration: { model: 'horizon' } } });
    const withActiveHold = await user({ guest: true, lastActive: daysAgo(40) });
    await db.vehicleHold.create({ data: { vehicleId: await vehicle(), holderId: withActiveHold, expiresAt: daysAgo(-1) } });
    const withDrive = await user({ guest: true, lastActive: daysAgo(40) });
    const withOpenConversation = await user({ guest: true, lastActive: daysAgo(40) });
    await db.chatConversation.create({ data: { ownerId: withOpenConversation, followUp: 'email', contactEmail: 'later@example.org', createdAt: daysAgo(40) } });
    const withClosedConversation = await user({ guest: true, lastActive: daysAgo(40) });
    await db.chatConversation.create({ data: { ownerId: withClosedConversation, status: 'closed', createdAt: daysAgo(40), closedAt: daysAgo(40) } });
    const account = await user({ guest: false, lastActive: daysAgo(400) });

    await bookDrive({ userId: withDrive, role: 'guest', dealershipId: null }, { dealershipId, modelCode: 'horizon', kind: 'showroom', start: new Date('2026-12-03T09:00:00Z'), driver: driver() }, new Date('2026-12-01T08:00:00Z'));

    const removed = await removeIdleGuests(db, NOW, 30);
    expect(removed).toBeGreaterThanOrEqual(2);
    const left = new Set((await db.user.findMany({ where: { id: { startsWith: `usr_${tag}_` } }, select: { id: true } })).map((u) => u.id));
    expect(left.has(idleEmpty)).toBe(false);
    expect(left.has(idleWithOldHold)).toBe(false);
    expect(left.has(withClosedConversation)).toBe(false);
    expect(await db.session.count({ where: { userId: idleEmpty } })).toBe(0);
    for (const kept of [recent, idleButSessionRecent, withConfiguration, withActiveHold, withDrive, withOpenConversation, account]) expect(left.has(kept)).toBe(true);
  });
});
