// Lives in test/: it builds its dealership with the test-drive module's test world (that module's internals).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import { listDealershipDrives } from '@/modules/test-drives/server';
import { createTestDealership, driver, recordEffects } from '@/modules/test-drives/server/test-world';
import type { SlotsPayload } from '@/modules/chat';
import { claimConversation, openConversation } from '@/modules/chat/server/conversations';
import { bookOfferedSlot, offerSlots, pushConfiguration } from '@/modules/chat/server/rich';

// Acting for the buyer: the advisor offers slots computed by the test-drive slot engine; the buyer
// books one through the test-drive booking, recorded as channel chat and proposed by that advisor.
const tag = randomBytes(4).toString('hex');
let counter = 0;
recordEffects();
let dealershipId = '';

async function person(role: Viewer['role'], guest = false): Promise<Viewer> {
  const id = `usr_rich_${tag}_${++counter}`;
  await db.user.create({ data: { id, name: `Alex ${role} ${counter}`, email: `${id}@virage.test`, role, isAnonymous: guest } });
  return { id, name: `Alex ${role} ${counter}`, email: `${id}@virage.test`, role, dealershipId: null, isGuest: guest };
}

beforeAll(async () => {
  dealershipId = (await createTestDealership({ cars: 2, specialists: 2 })).dealershipId;
});
afterAll(async () => {
  await pool().end();
});

describe('acting for the buyer from the chat', () => {
  it('offers slots, the guest books one; the drive is channel chat, proposed by the advisor, in the dealership calendar', async () => {
    const guest = await person('customer', true);
    const advisor = await person('advisor');
    const id = await openConversation(guest, { text: 'Je peux essayer la Horizon ?', page: '/configure/horizon', locale: 'fr' });
    await claimConversation(advisor, id);
    const seq = await offerSlots(advisor, id, { dealershipId, modelCode: 'horizon', text: 'Voici des créneaux' });
    const offer = await db.chatMessage.findUniqueOrThrow({ where: { conversationId_seq: { conversationId: id, seq } } });
    const payload = offer.payload as SlotsPayload;
    expect(offer.kind).toBe('slots');
    expect(payload.slots.length).toBeGreaterThan(0);
    const slot = payload.slots[0];
    if (!slot) throw new Error('no slot');

    // A start that was not offered is refused, and so is someone else's conversation.
    await expect(bookOfferedSlot(guest, id, { seq, start: new Date(new Date(slot.start).getTime() + 60_000).toISOString(), driver: driver() })).rejects.toMatchObject({ reason: 'SLOT_NOT_OFFERED' });
    await expect(bookOfferedSlot(await person('customer'), id, { seq, start: slot.start, driver: driver() })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const booked = await bookOfferedSlot(guest, id, { seq, start: slot.start, driver: driver() });
    const drive = await db.testDrive.findUniqueOrThrow({ where: { reference: booked.reference } });
    expect(drive).toMatchObject({ channel: 'chat', proposedByUserId: advisor.id, bookedByUserId: guest.id, buyerUserId: guest.id, dealershipId });
    const calendar = await listDealershipDrives(dealershipId, { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 60 * 86_400_000) });
    expect(calendar.map((d) => d.reference)).toContain(booked.reference);
    const last = await db.chatMessage.findFirstOrThrow({ where: { conversationId: id }, orderBy: { seq: 'desc' } });
    expect(last).toMatchObject({ kind: 'booking', body: booked.reference });

    // The same offer again: the guest is told the time is already theirs. A new offer leaves that
    // time out, although the second car is free then.
    await expect(bookOfferedSlot(guest, id, { seq, start: slot.start, driver: driver() })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'BUYER_ALREADY_BOOKED' });
    const again = await db.chatMessage.findUniqueOrThrow({ where: { conversationId_seq: { conversationId: id, seq: await offerSlots(advisor, id, { dealershipId, modelCode: 'horizon', text: 'Autres créneaux' }) } } });
    expect((again.payload as SlotsPayload).slots.map((s) => s.start)).not.toContain(slot.start);
  });

  it('pushes only configurator or saved-configuration links, only by the assigned advisor', async () => {
    const buyer = await person('customer');
    const advisor = await person('advisor');
    const id = await openConversation(buyer, { text: 'Quelle finition ?', locale: 'fr' });
    await expect(pushConfiguration(advisor, id, { href: '/configure/horizon?trim=gt', text: 'Celle-ci' })).rejects.toMatchObject({ reason: 'NOT_ASSIGNED_TO_YOU' });
    await claimConversation(advisor, id);
    await expect(pushConfiguration(advisor, id, { href: 'https://evil.example/', text: 'x' })).rejects.toMatchObject({ reason: 'NOT_A_CONFIGURATION' });
    await expect(pushConfiguration(buyer, id, { href: '/configure/horizon?trim=gt', text: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const seq = await pushConfiguration(advisor, id, { href: '/configure/horizon?trim=gt', text: 'Celle-ci' });
    expect(await db.chatMessage.findUniqueOrThrow({ where: { conversationId_seq: { conversationId: id, seq } }, select: { kind: true, payload: true } })).toEqual({ kind: 'configuration', payload: { href: '/configure/horizon?trim=gt' } });
  });
});
