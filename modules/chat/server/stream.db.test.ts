import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { env } from '@/lib/env';
import { InProcessFanout, PostgresFanout, type ChatFanout, type ChatSignal } from './fanout';
import { appendMessage } from './messages';
import { chatEventStream } from './stream';

const tag = randomBytes(4).toString('hex');
let counter = 0;

async function conversation(): Promise<string> {
  const ownerId = `usr_stream_${tag}_${++counter}`;
  await db.user.create({ data: { id: ownerId, name: 'Buyer', email: `${ownerId}@virage.test` } });
  return (await db.chatConversation.create({ data: { ownerId }, select: { id: true } })).id;
}

const say = (id: string, body: string) => appendMessage(id, { authorId: null, authorRole: 'advisor', authorName: 'Camille', kind: 'text', body });

type Event = { id?: number; event?: string; data?: unknown };

/** Reads SSE frames from a stream until `until` says stop. */
async function collect(stream: ReadableStream<Uint8Array>, until: (events: Event[]) => boolean): Promise<Event[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const events: Event[] = [];
  let buffer = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: Event = {};
      for (const line of frame.split('\n')) {
        if (line.startsWith('id: ')) event.id = Number(line.slice(4));
        else if (line.startsWith('event: ')) event.event = line.slice(7);
        else if (line.startsWith('data: ')) event.data = JSON.parse(line.slice(6));
      }
      if (event.event) events.push(event);
    }
  }
  reader.releaseLock();
  return events;
}

const messageIds = (events: Event[]) => events.filter((e) => e.event === 'message').map((e) => e.id);

afterAll(async () => {
  await pool().end();
});

describe('conversation stream', () => {
  it('replays stored messages, then live ones, each once and in order; resumes after the last id it sent', async () => {
    const id = await conversation();
    await say(id, 'one');
    await say(id, 'two');
    const first = new AbortController();
    const stream = chatEventStream({ key: id, signal: first.signal, conversation: { id, afterSeq: 0 } });
    const live = collect(stream, (events) => messageIds(events).length >= 6);
    await Promise.all([say(id, 'three'), say(id, 'four'), say(id, 'five'), say(id, 'six')]);
    expect(messageIds(await live)).toEqual([1, 2, 3, 4, 5, 6]);
    first.abort();

    // Offline meanwhile: the advisor keeps writing; reconnecting with Last-Event-ID 6 gets 7 and 8 only.
    await say(id, 'seven');
    await say(id, 'eight');
    const second = new AbortController();
    const resumed = await collect(chatEventStream({ key: id, signal: second.signal, conversation: { id, afterSeq: 6 } }), (events) => events.some((e) => e.event === 'ready'));
    expect(messageIds(resumed)).toEqual([7, 8]);
    expect(resumed.find((e) => e.id === 7)?.data).toMatchObject({ seq: 7, body: 'seven', authorRole: 'advisor' });
    second.abort();
  });

  it('forwards ephemeral signals (typing) without an id', async () => {
    const id = await conversation();
    const controller = new AbortController();
    const { chatFanout } = await import('./fanout');
    const stream = chatEventStream({
      key: id,
      signal: controller.signal,
      conversation: { id, afterSeq: 0 },
      onSignal: (signal: ChatSignal) => (signal.t === 'typing' ? { event: 'typing', data: { on: signal.on } } : null),
    });
    const events = collect(stream, (list) => list.some((e) => e.event === 'typing'));
    await chatFanout().ready();
    await chatFanout().publish({ t: 'typing', c: id, side: 'advisor', on: true });
    const typing = (await events).find((e) => e.event === 'typing');
    expect(typing).toEqual({ event: 'typing', data: { on: true } });
    controller.abort();
  });
});

describe('fan-out across instances', () => {
  // On PostgreSQL: two instances, each with its own LISTEN connection. The embedded PGlite serves
  // one app instance by construction (and does not relay NOTIFY between its socket connections),
  // so there both "instances" are that one instance's in-process fan-out.
  const pair = (): [ChatFanout, ChatFanout] => {
    if (env().VIRAGE_EMBEDDED_DB === '1') {
      const single = new InProcessFanout();
      return [single, single];
    }
    const url = env().DATABASE_URL;
    return [new PostgresFanout(url, { query: (text, values) => pool().query(text, values) }), new PostgresFanout(url, { query: (text, values) => pool().query(text, values) })];
  };

  it('a signal published through one instance reaches a subscriber of another', async () => {
    const [a, b] = pair();
    await Promise.all([a.ready(), b.ready()]);
    const id = await conversation();
    const heardByB = new Promise<ChatSignal>((resolve) => b.subscribe(id, resolve));
    const heardByA = new Promise<ChatSignal>((resolve) => a.subscribe(id, resolve));
    const seq = await say(id, 'stored before announced');
    await a.publish({ t: 'msg', c: id, s: seq });
    expect(await heardByB).toEqual({ t: 'msg', c: id, s: seq });
    expect(await heardByA).toEqual({ t: 'msg', c: id, s: seq });
    // Subscribers re-read the database: the message is there when the signal arrives.
    expect(await db.chatMessage.findUnique({ where: { conversationId_seq: { conversationId: id, seq } }, select: { body: true } })).toEqual({ body: 'stored before announced' });
    await Promise.all([a.close(), b.close()]);
  });
});
