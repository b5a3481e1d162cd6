import 'server-only';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { pool } from '@/lib/db';
import { env } from '@/lib/env';

/**
 * How one instance tells every instance that something happened in a conversation. Messages are
 * stored before they are announced, and the payload carries only ids and a sequence number:
 * subscribers re-read the database, so a lost notification costs latency, never a message (the
 * stream's resume reads the same rows).
 *
 * - On PostgreSQL: NOTIFY on channel `virage_chat`, one dedicated LISTEN connection per instance
 *   (pooled connections cannot hold a LISTEN), re-connected when it drops.
 * - On the embedded PGlite (one instance by construction): an in-process emitter.
 */
export type ChatSignal =
  | { t: 'msg'; c: string; s: number }
  | { t: 'typing'; c: string; side: 'buyer' | 'advisor'; on: boolean }
  | { t: 'read'; c: string; side: 'buyer' | 'advisor'; s: number }
  | { t: 'state'; c: string }
  | { t: 'queue' };

export const CHAT_CHANNEL = 'virage_chat';
/** Subscribers of the advisors' queue listen under this key; conversation subscribers under the conversation id. */
export const QUEUE_KEY = '*queue';

type Listener = (signal: ChatSignal) => void;

export interface ChatFanout {
  /** Resolves once signals published from now on will reach this instance's subscribers. */
  ready(): Promise<void>;
  publish(signal: ChatSignal): Promise<void>;
  subscribe(key: string, listener: Listener): () => void;
  close(): Promise<void>;
}

const keyOf = (signal: ChatSignal) => (signal.t === 'queue' ? QUEUE_KEY : signal.c);

function parseSignal(raw: string | undefined): ChatSignal | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as ChatSignal;
    return value && typeof value === 'object' && typeof value.t === 'string' ? value : null;
  } catch {
    return null;
  }
}

class LocalListeners {
  private readonly emitter = new EventEmitter();
  constructor() {
    // A thousand buyers on one conversation's stream is a benchmark, not a leak.
    this.emitter.setMaxListeners(0);
  }
  deliver(signal: ChatSignal): void {
    this.emitter.emit(keyOf(signal), signal);
    // Queue subscribers also hear about each conversation change (new message, claim, close).
    if (signal.t !== 'queue' && signal.t !== 'typing') this.emitter.emit(QUEUE_KEY, signal);
  }
  subscribe(key: string, listener: Listener): () => void {
    this.emitter.on(key, listener);
    return () => this.emitter.off(key, listener);
  }
}

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

/** This instance's fan-out: PostgreSQL LISTEN/NOTIFY on a server, in-process on the embedded database. */
export function chatFanout(): ChatFanout {
  if (!globals.virageChatFanout) {
    const config = env();
    globals.virageChatFanout =
      config.VIRAGE_EMBEDDED_DB === '1'
        ? new InProcessFanout()
        : new PostgresFanout(config.DATABASE_URL, { query: (text, values) => pool().query(text, values) });
  }
  return globals.virageChatFanout;
}
