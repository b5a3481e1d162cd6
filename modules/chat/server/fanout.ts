import 'server-only';
import pg from 'pg';
import { pool } from '@/lib/db';
import { env } from '@/lib/env';
import { RedisFanout } from './redis-fanout';
import { CHAT_CHANNEL, LocalListeners, parseSignal, type ChatFanout, type ChatSignal, type Listener } from './signals';

/**
 * How one instance tells every instance that something happened in a conversation. Messages are
 * stored before they are announced, and the payload carries only ids and a sequence number:
 * subscribers re-read the database, so a lost notification costs latency, never a message (the
 * stream's resume reads the same rows).
 *
 * - On PostgreSQL: NOTIFY on channel `virage_chat`, one dedicated LISTEN connection per instance
 *   (pooled connections cannot hold a LISTEN), re-connected when it drops.
 * - On the embedded PGlite (one instance by construction): an in-process emitter.
 * - With `REDIS_URL` set: Redis pub/sub on the same channel name (redis-fanout.ts), whatever the database.
 */
export { CHAT_CHANNEL, QUEUE_KEY, type ChatFanout, type ChatSignal } from './signals';

export class InProcessFanout implements ChatFanout {
  private readonly local = new LocalListeners();
  async ready(): Promise<void> {}
  async publish(signal: ChatSignal): Promise<void> {
    queueMicrotask(() => this.local.deliver(signal));
  }
  subscribe(key: string, listener: Listener): () => void {
    return this.local.subscribe(key, listener);
  }
  async close(): Promise<void> {}
}

export class PostgresFanout implements ChatFanout {
  private readonly local = new LocalListeners();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;

  /** `publisher` sends NOTIFY (any pooled connection will do); the LISTEN connection is our own. */
  constructor(
    private readonly connectionString: string,
    private readonly publisher: { query: (text: string, values: unknown[]) => Promise<unknown> },
  ) {}

  /** Resolves once this instance listens, so a test (or the first subscriber) knows nothing is missed from here on. */
  ready(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      const signal = parseSignal(message.payload);
      if (signal) this.local.deliver(signal);
    });
    client.on('error', () => this.dropped(client));
    client.on('end', () => this.dropped(client));
    await client.connect();
    await client.query(`LISTEN ${CHAT_CHANNEL}`);
    this.client = client;
  }

  private dropped(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.closed) return;
    // Subscribers resume from the database; tell them to re-read once listening again.
    setTimeout(() => {
      void this.ready()
        .then(() => this.local.deliver({ t: 'queue' }))
        .catch(() => undefined);
    }, 1_000).unref();
  }

  async publish(signal: ChatSignal): Promise<void> {
    await this.publisher.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify(signal)]);
  }

  subscribe(key: string, listener: Listener): () => void {
    void this.ready().catch((error: unknown) => console.error('[chat fanout] LISTEN failed', error));
    return this.local.subscribe(key, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

const globals = globalThis as { virageChatFanout?: ChatFanout };

/** This instance's fan-out: Redis pub/sub when REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY on a server, in-process on the embedded database. */
export function chatFanout(): ChatFanout {
  if (!globals.virageChatFanout) {
    const config = env();
    globals.virageChatFanout = config.REDIS_URL
      ? new RedisFanout(config.REDIS_URL)
      : config.VIRAGE_EMBEDDED_DB === '1'
        ? new InProcessFanout()
        : new PostgresFanout(config.DATABASE_URL, { query: (text, values) => pool().query(text, values) });
  }
  return globals.virageChatFanout;
}
