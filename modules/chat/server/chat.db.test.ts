import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/session';
import { db, pool } from '@/lib/db';
import { mergeGuestIntoAccount } from '@/lib/guest-merge';
import { MAX_MESSAGE_CHARS } from '../types';

// The chat API as browsers use it: route handlers called directly, the session mocked per request.
let viewer: Viewer | null = null;
vi.mock('@/lib/session', () => ({
  getViewer: async () => viewer,
  ensureViewer: async () => {
    if (!viewer) throw new Error('tests create their guests');
    return viewer;
  },
}));

const { POST: open } = await import('@/app/api/chat/conversations/route');
const { GET: current } = await import('@/app/api/chat/conversations/current/route');
const { GET: read } = await import('@/app/api/chat/conversations/[id]/route');
const { POST: post } = await import('@/app/api/chat/conversations/[id]/messages/route');
const { POST: advisorAction } = await import('@/app/api/chat/conversations/[id]/advisor/route');
const { POST: close } = await import('@/app/api/chat/conversations/[id]/close/route');
const { POST: rate } = await import('@/app/api/chat/conversations/[id]/rating/route');
const { POST: signal } = await import('@/app/api/chat/conversations/[id]/signal/route');
const { GET: queue } = await import('@/app/api/chat/queue/route');
const { GET: context } = await import('@/app/api/chat/conversations/[id]/buyer-context/route');
const { GET: events } = await import('@/app/api/chat/conversations/[id]/events/route');
const { MAX_STREAMS_PER_VIEWER } = await import('./stream-slots');

const tag = randomBytes(4).toString('hex');
let counter = 0;
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${counter % 250}.${(counter * 7) % 250}`, ...headers } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function person(role: Viewer['role'], guest = false): Promise<Viewer> {
  const id = `usr_chat_${tag}_${++counter}`;
  const name = guest ? 'Anonymous' : `Camille ${role} ${counter}`;
  await db.user.create({ data: { id, name, email: `${id}@virage.test`, role, isAnonymous: guest } });
  return { id, name, email: `${id}@virage.test`, role, dealershipId: null, isGuest: guest };
}

async function openAs(who: Viewer, text: string): Promise<string> {
  viewer = who;
  const response = await open(new Request('http://x/api/chat/conversations', json({ text, page: '/configure/horizon?trim=base', locale: 'fr' })));
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

const messagesOf = async (id: string) => db.chatMessage.findMany({ where: { conversationId: id }, orderBy: { seq: 'asc' }, select: { seq: true, body: true, kind: true, authorRole: true } });

afterAll(async () => {
  await pool().end();
});

describe('conversations', () => {
  let guest: Viewer;
  let id = '';
  beforeAll(async () => {
    guest = await person('customer', true);
    id = await openAs(guest, 'Bonjour, la Horizon existe en gris ?');
  });

  it("a guest's conversation is theirs: another buyer, another browser's guest or nobody gets 404", async () => {
    viewer = guest;
    expect((await read(new Request(`http://x/api/chat/conversations/${id}`), ctx(id))).status).toBe(200);
    for (const stranger of [await person('customer'), await person('customer', true), null]) {
      viewer = stranger;
      const response = await read(new Request(`http://x/api/chat/conversations/${id}`), ctx(id));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND', reason: 'CONVERSATION_NOT_FOUND' } });
      const write = await post(new Request(`http://x/api/chat/conversations/${id}/messages`, json({ text: 'hello' })), ctx(id));
      expect(write.status).toBe(404);
    }
    expect((await messagesOf(id)).map((m) => m.body)).toEqual(['Bonjour, la Horizon existe en gris ?']);
  });

  it('stores HTML as the text it is, and refuses empty, oversize and unknown fields', async () => {
    viewer = guest;
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    expect((await post(new Request('http://x', json({ text: html })), ctx(id))).status).toBe(201);
    expect((await messagesOf(id)).at(-1)?.body).toBe(html);
    const before = (await messagesOf(id)).length;
    expect((await post(new Request('http://x', json({ text: '   ' })), ctx(id))).status).toBe(422);
    expect((await post(new Request('http://x', json({ text: 'x'.repeat(MAX_MESSAGE_CHARS + 1) })), ctx(id))).status).toBe(422);
    const huge = await post(new Request('http://x', json({ text: 'é'.repeat(20_000) })), ctx(id));
    expect(huge.status).toBe(413);
    expect((await post(new Request('http://x', json({ text: 'ok', html: '<b>' })), ctx(id))).status).toBe(422);
    expect(await messagesOf(id)).toHaveLength(before);
  });

  it('concurrent posts get consecutive sequence numbers, none shared', async () => {
    viewer = guest;
    const before = (await db.chatConversation.findUniqueOrThrow({ where: { id } })).lastSeq;
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => post(new Request('http://x', json({ text: `m${i}` }, { 'x-forwarded-for': `10.8.0.${i}` })), ctx(id))));
    const seqs = await Promise.all(replies.map(async (r) => ((await r.json()) as { data: { seq: number } }).data.seq));
    expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => before + i + 1));
    const stored = (await messagesOf(id)).map((m) => m.seq);
    expect(stored).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
  });

  it('limits how fast one sender writes: 429 with Retry-After, nothing stored', async () => {
    const sender = await person('customer');
    const mine = await openAs(sender, 'première question');
    let last: Response | null = null;
    let sent = 1;
    while (sent < 100) {
      last = await post(new Request('http://x', json({ text: `encore ${sent}` }, { 'x-forwarded-for': `10.7.${sent}.1` })), ctx(mine));
      if (last.status !== 201) break;
      sent++;
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last?.json()).toMatchObject({ error: { code: 'RATE_LIMITED', details: { limit: 'chat-message-viewer' } } });
    expect(await db.chatMessage.count({ where: { conversationId: mine } })).toBe(sent);
  });

  it('two advisors claim the same conversation: exactly one wins, the other gets 409', async () => {
    const buyer = await person('customer');
    const waiting = await openAs(buyer, 'Qui me répond ?');
    const [a, b] = [await person('advisor'), await person('advisor')];
    const claim = async (who: Viewer) => {
      viewer = who;
      return advisorAction(new Request('http://x', json({ action: 'claim' })), ctx(waiting));
    };
    const statuses = (await Promise.all([claim(a), claim(b)])).map((r) => r.status).sort();
    expect(statuses).toEqual([204, 409]);
    const row = await db.chatConversation.findUniqueOrThrow({ where: { id: waiting } });
    expect(row.status).toBe('assigned');
    expect([a.id, b.id]).toContain(row.advisorId);
    // Only the assigned advisor replies; a buyer cannot use advisor actions.
    const loser = row.advisorId === a.id ? b : a;
    viewer = loser;
    expect((await post(new Request('http://x', json({ text: 'moi aussi' })), ctx(waiting))).status).toBe(409);
    viewer = buyer;
    expect((await advisorAction(new Request('http://x', json({ action: 'claim' })), ctx(waiting))).status).toBe(403);
    // The other advisor may read the thread, but the buyer is not told « read » on the answering advisor's behalf.
    viewer = loser;
    expect((await signal(new Request('http://x', json({ kind: 'read', seq: 1 })), ctx(waiting))).status).toBe(204);
    expect((await db.chatConversation.findUniqueOrThrow({ where: { id: waiting } })).advisorReadSeq).toBe(0);
    viewer = row.advisorId === a.id ? a : b;
    expect((await signal(new Request('http://x', json({ kind: 'read', seq: 1 })), ctx(waiting))).status).toBe(204);
    expect((await db.chatConversation.findUniqueOrThrow({ where: { id: waiting } })).advisorReadSeq).toBe(1);
  });

  it('queue, context, reply, close and a single CSAT rating', async () => {
    const buyer = await person('customer');
    const mine = await openAs(buyer, 'Je voudrais un essai');
    viewer = buyer;
    expect((await signal(new Request('http://x', json({ kind: 'page', page: '/configure/horizon?paint=grey' })), ctx(mine))).status).toBe(204);
    expect((await signal(new Request('http://x', json({ kind: 'page', page: 'https://evil.example/' })), ctx(mine))).status).toBe(422);
    const advisor = await person('advisor');
    viewer = advisor;
    const listed = ((await (await queue(new Request('http://x/api/chat/queue'))).json()) as { data: { id: string; currentPage: string | null }[] }).data;
    expect(listed.find((e) => e.id === mine)?.currentPage).toBe('/configure/horizon?paint=grey');
    expect((await advisorAction(new Request('http://x', json({ action: 'claim' })), ctx(mine))).status).toBe(204);
    // The buyer's journey so far (recorded by the journey module's worker), newest first.
    await db.journeyEvent.createMany({
      data: [
        { id: `jev_${tag}_1`, channel: 'web', step: 'save', userId: buyer.id, modelCode: 'horizon', essential: true, occurredAt: new Date('2026-12-01T10:00:00Z') },
        { id: `jev_${tag}_2`, channel: 'showroom', step: 'test_drive', userId: buyer.id, modelCode: 'horizon', essential: true, occurredAt: new Date('2026-12-03T10:00:00Z') },
      ],
    });
    const seen = ((await (await context(new Request('http://x'), ctx(mine))).json()) as { data: { currentPage: string; buyer: { isGuest: boolean }; journey: { step: string; channel: string }[] } }).data;
    expect(seen).toMatchObject({ currentPage: '/configure/horizon?paint=grey', buyer: { isGuest: false } });
    expect(seen.journey.map((e) => `${e.channel}:${e.step}`)).toEqual(['showroom:test_drive', 'web:save']);
    expect((await post(new Request('http://x', json({ text: 'Bien sûr !' })), ctx(mine))).status).toBe(201);
    expect((await close(new Request('http://x', json({})), ctx(mine))).status).toBe(204);
    viewer = buyer;
    expect((await post(new Request('http://x', json({ text: 'encore' })), ctx(mine))).status).toBe(409);
    expect((await rate(new Request('http://x', json({ score: 6 })), ctx(mine))).status).toBe(422);
    expect((await rate(new Request('http://x', json({ score: 5, comment: 'Parfait' })), ctx(mine))).status).toBe(204);
    expect((await rate(new Request('http://x', json({ score: 1 })), ctx(mine))).status).toBe(409);
    viewer = advisor;
    expect((await rate(new Request('http://x', json({ score: 1 })), ctx(mine))).status).toBe(404);
    expect(await db.chatConversation.findUniqueOrThrow({ where: { id: mine }, select: { csatScore: true, csatComment: true } })).toEqual({ csatScore: 5, csatComment: 'Parfait' });
    expect((await messagesOf(mine)).map((m) => m.kind)).toEqual(['text', 'transfer', 'text', 'closed']);
    viewer = buyer;
    const mineNow = ((await (await current(new Request('http://x'))).json()) as { data: { current: { conversation: { id: string; status: string } } } }).data.current.conversation;
    expect(mineNow).toMatchObject({ id: mine, status: 'closed' });
  });

  it("a guest's conversation joins their account at sign-in, and only the account reads it then", async () => {
    const visitor = await person('customer', true);
    const theirs = await openAs(visitor, 'Avant de créer mon compte…');
    const account = await person('customer');
    await mergeGuestIntoAccount(db, visitor.id, account.id);
    viewer = account;
    expect((await read(new Request('http://x'), ctx(theirs))).status).toBe(200);
    viewer = visitor;
    expect((await read(new Request('http://x'), ctx(theirs))).status).toBe(404);
  });

  it('outside hours the buyer asks for an e-mail answer: each advisor reply goes to the outbox with a link back', async () => {
    const { POST: followUp } = await import('@/app/api/chat/conversations/[id]/follow-up/route');
    const visitor = await person('customer', true);
    const id = await openAs(visitor, 'Répondez-moi par e-mail svp');
    viewer = visitor;
    expect((await followUp(new Request('http://x', json({ followUp: 'email', email: 'not-an-address' })), ctx(id))).status).toBe(422);
    const email = `reply.${tag}@example.org`;
    expect((await followUp(new Request('http://x', json({ followUp: 'email', email })), ctx(id))).status).toBe(204);
    const advisor = await person('advisor');
    viewer = advisor;
    expect((await followUp(new Request('http://x', json({ followUp: 'email', email: 'advisor@example.org' })), ctx(id))).status).toBe(403);
    expect((await advisorAction(new Request('http://x', json({ action: 'claim' })), ctx(id))).status).toBe(204);
    expect((await post(new Request('http://x', json({ text: 'Bonjour, voici la réponse.' })), ctx(id))).status).toBe(201);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email, kind: 'chat-reply' } });
    expect(mail.text).toContain('Bonjour, voici la réponse.');
    expect(mail.text).toContain('/?chat=open');
  });

  it('one identity cannot hold live streams without end: past the cap a 429, and a closed stream frees its slot', async () => {
    const buyer = await person('customer');
    const id = await openAs(buyer, 'Des flux en pagaille');
    const tabs = Array.from({ length: MAX_STREAMS_PER_VIEWER }, () => new AbortController());
    const listen = (tab: AbortController) => events(new Request(`http://x/api/chat/conversations/${id}/events`, { signal: tab.signal }), ctx(id));
    viewer = buyer;
    for (const tab of tabs) expect((await listen(tab)).status).toBe(200);
    const extra = new AbortController();
    const refused = await listen(extra);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED', reason: 'TOO_MANY_STREAMS' } });
    tabs[0]!.abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const reopened = await listen(extra);
    expect(reopened.status).toBe(200);
    for (const tab of [...tabs, extra]) tab.abort();
  });

  it('two tabs opening at once end with one open conversation', async () => {
    const buyer = await person('customer');
    viewer = buyer;
    const replies = await Promise.all([1, 2, 3].map((i) => open(new Request('http://x', json({ text: `onglet ${i}` }, { 'x-forwarded-for': `10.6.0.${i}` })))));
    const ids = new Set(await Promise.all(replies.map(async (r) => ((await r.json()) as { data: { id: string } }).data.id)));
    expect(ids.size).toBe(1);
    expect(await db.chatConversation.count({ where: { ownerId: buyer.id } })).toBe(1);
  });
});
