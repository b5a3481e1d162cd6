import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import { env } from '@/lib/env';
import { advisorHeartbeat, advisorLeft, ONLINE_WINDOW_MS, REQUEUE_GRACE_MS, requeueAbandoned, setAdvisorLimit } from './assignment';
import { claimConversation } from './conversations';
import { closeConversation, openConversation } from './conversations';

// Pinned in the past: presence written here is long stale for the other DB tests sharing the database.
const T0 = new Date('2020-03-02T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const tag = randomBytes(4).toString('hex');
let counter = 0;

async function person(role: Viewer['role']): Promise<Viewer> {
  const id = `usr_assign_${tag}_${++counter}`;
  await db.user.create({ data: { id, name: `${role} ${counter}`, email: `${id}@virage.test`, role } });
  return { id, name: `${role} ${counter}`, email: `${id}@virage.test`, role, dealershipId: null, isGuest: false };
}
const stateOf = (id: string) => db.chatConversation.findUniqueOrThrow({ where: { id }, select: { status: true, advisorId: true } });

afterAll(async () => {
  await pool().end();
});

describe('assignment', () => {
  it('goes to an online advisor under their limit, never to one offline; then the queue (FIFO); a returning buyer gets their advisor back', async () => {
    const [a, b] = [await person('advisor'), await person('advisor')];
    await db.chatAdvisorPresence.createMany({ data: [{ advisorId: a.id, lastSeenAt: T0, maxConcurrent: 1 }, { advisorId: b.id, lastSeenAt: at(-10 * ONLINE_WINDOW_MS), maxConcurrent: 5 }] });
    const first = await person('customer');
    const one = await openConversation(first, { text: 'un', locale: 'fr' }, at(1000));
    expect(await stateOf(one)).toEqual({ status: 'assigned', advisorId: a.id });
    // a is at their limit, b is offline: the next one waits in the queue.
    const second = await person('customer');
    const two = await openConversation(second, { text: 'deux', locale: 'fr' }, at(2000));
    expect(await stateOf(two)).toEqual({ status: 'waiting', advisorId: null });

    // The first buyer comes back after closing: b is online now with room, but a (their advisor) is free again too.
    await closeConversation(first, one, at(3000));
    await advisorHeartbeat(b.id, at(4000));
    await advisorHeartbeat(a.id, at(4000));
    const again = await openConversation(first, { text: 'me revoilà', locale: 'fr' }, at(5000));
    expect(await stateOf(again)).toEqual({ status: 'assigned', advisorId: a.id });
  });

  it("an advisor gone past the grace period has their conversations re-queued, once", async () => {
    // A day later: the first test's advisors are offline by then.
    const at = (ms: number) => new Date(T0.getTime() + 86_400_000 + ms);
    const advisor = await person('advisor');
    await advisorHeartbeat(advisor.id, at(0));
    const buyer = await person('customer');
    const id = await openConversation(buyer, { text: 'allô ?', locale: 'fr' }, at(1000));
    expect(await stateOf(id)).toEqual({ status: 'assigned', advisorId: advisor.id });
    await advisorLeft(advisor.id, at(2000));
    expect(await requeueAbandoned(at(2000 + REQUEUE_GRACE_MS - 1000))).toBe(0);
    expect(await stateOf(id)).toEqual({ status: 'assigned', advisorId: advisor.id });
    const swept = await Promise.all([requeueAbandoned(at(2000 + REQUEUE_GRACE_MS + 1000)), requeueAbandoned(at(2000 + REQUEUE_GRACE_MS + 1000))]);
    expect(swept.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(1);
    expect(await stateOf(id)).toEqual({ status: 'waiting', advisorId: null });
  });

  it('the soft limit: assignment skips an advisor at their limit (CHAT_MAX_CONCURRENT by default, set by the manager), who may still claim more', async () => {
    // Two days later: earlier advisors are long offline.
    const at = (ms: number) => new Date(T0.getTime() + 2 * 86_400_000 + ms);
    const [busy, other, manager] = [await person('advisor'), await person('advisor'), await person('admin')];
    await advisorHeartbeat(busy.id, at(0));
    expect(await db.chatAdvisorPresence.findUniqueOrThrow({ where: { advisorId: busy.id }, select: { maxConcurrent: true } })).toEqual({ maxConcurrent: env().CHAT_MAX_CONCURRENT });
    await expect(setAdvisorLimit(busy, busy.id, 10, at(0))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setAdvisorLimit(manager, busy.id, 0, at(0))).rejects.toMatchObject({ reason: 'LIMIT_OUT_OF_RANGE' });
    await setAdvisorLimit(manager, busy.id, 2, at(0));
    // Setting a limit does not put an advisor who never opened the console online.
    await setAdvisorLimit(manager, other.id, 5, at(0));

    const opened: string[] = [];
    for (let i = 0; i < 3; i++) opened.push(await openConversation(await person('customer'), { text: `n°${i}`, locale: 'fr' }, at(1000 + i)));
    expect(await Promise.all(opened.map(stateOf))).toEqual([
      { status: 'assigned', advisorId: busy.id },
      { status: 'assigned', advisorId: busy.id },
      { status: 'waiting', advisorId: null },
    ]);
    // Soft: the advisor at their limit may still take one from the queue themselves.
    await claimConversation(busy, opened[2] ?? '', at(5000));
    expect(await stateOf(opened[2] ?? '')).toEqual({ status: 'assigned', advisorId: busy.id });

    // Once the other advisor is online, new conversations go to them while busy is over the limit.
    await advisorHeartbeat(other.id, at(6000));
    const next = await openConversation(await person('customer'), { text: 'suivant', locale: 'fr' }, at(7000));
    expect(await stateOf(next)).toEqual({ status: 'assigned', advisorId: other.id });
  });
});
