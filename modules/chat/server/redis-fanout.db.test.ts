import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisFanout } from './redis-fanout';
import type { ChatSignal } from './signals';

// Redis runs at 127.0.0.1:6379 on this machine and in CI. This test does not skip: an
// unreachable Redis fails it loudly, with the address tried.
const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const instances: RedisFanout[] = [];

beforeAll(async () => {
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 3_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    expect(await probe.ping()).toBe('PONG');
  } catch (error) {
    throw new Error(`Redis is not reachable at ${url} (set TEST_REDIS_URL): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    probe.disconnect();
  }
});

afterAll(async () => {
  await Promise.all(instances.map((fanout) => fanout.close()));
});

const instance = () => {
  const fanout = new RedisFanout(url);
  instances.push(fanout);
  return fanout;
};

function next(fanout: RedisFanout, key: string): Promise<ChatSignal> {
  return new Promise((resolve) => {
    const off = fanout.subscribe(key, (signal) => {
      off();
      resolve(signal);
    });
  });
}

describe('Redis fan-out', () => {
  it('a signal published on one instance reaches subscribers of two other instances, each on its own connections', async () => {
    const [a, b, publisher] = [instance(), instance(), instance()];
    await Promise.all([a.ready(), b.ready()]);
    const conversation = `conv_${randomBytes(4).toString('hex')}`;
    const received = Promise.all([next(a, conversation), next(b, conversation), next(a, '*queue')]);
    await publisher.publish({ t: 'msg', c: conversation, s: 7 });
    expect(await received).toEqual([
      { t: 'msg', c: conversation, s: 7 },
      { t: 'msg', c: conversation, s: 7 },
      // The advisors' queue hears about each conversation's messages too.
      { t: 'msg', c: conversation, s: 7 },
    ]);
  });

  it('typing reaches the conversation only, not the queue', async () => {
    const [listener, publisher] = [instance(), instance()];
    await listener.ready();
    const conversation = `conv_${randomBytes(4).toString('hex')}`;
    const typing = next(listener, conversation);
    const firstOnQueue = next(listener, '*queue');
    await publisher.publish({ t: 'typing', c: conversation, side: 'buyer', on: true });
    await publisher.publish({ t: 'state', c: conversation });
    expect(await typing).toEqual({ t: 'typing', c: conversation, side: 'buyer', on: true });
    // Redis delivers a channel's messages in order: the queue's first signal is the state change, not the typing before it.
    expect(await firstOnQueue).toEqual({ t: 'state', c: conversation });
  });
});
