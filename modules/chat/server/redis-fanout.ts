import 'server-only';
import { Redis } from 'ioredis';
import { CHAT_CHANNEL, LocalListeners, parseSignal, type ChatFanout, type ChatSignal, type Listener } from './signals';

/**
 * Redis pub/sub behind the same interface as LISTEN/NOTIFY: one connection publishes, one is in
 * subscriber mode (Redis forbids other commands on it). Like NOTIFY, pub/sub is fire-and-forget:
 * a signal published while an instance is reconnecting is lost, which costs latency only —
 * subscribers re-read stored messages, and after a reconnection (ioredis re-subscribes by itself)
 * every subscriber is told to re-read.
 */
export class RedisFanout implements ChatFanout {
  private readonly local = new LocalListeners();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private subscribed: Promise<void> | null = null;
  private everReady = false;

  constructor(url: string, options: { connectTimeoutMs?: number } = {}) {
    const common = { lazyConnect: true, connectTimeout: options.connectTimeoutMs ?? 5_000, maxRetriesPerRequest: 2 };
    this.publisher = new Redis(url, common);
    this.subscriber = new Redis(url, common);
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== CHAT_CHANNEL) return;
      const signal = parseSignal(message);
      if (signal) this.local.deliver(signal);
    });
    this.subscriber.on('ready', () => {
      // A reconnection: what was published meanwhile is gone; subscribers re-read from the database.
      if (this.everReady) this.local.deliver({ t: 'queue' });
      this.everReady = true;
    });
    const report = (error: Error) => console.error('[chat fanout] redis', error.message);
    this.publisher.on('error', report);
    this.subscriber.on('error', report);
  }

  ready(): Promise<void> {
    this.subscribed ??= this.subscriber.subscribe(CHAT_CHANNEL).then(
      () => undefined,
      (error: unknown) => {
        this.subscribed = null;
        throw error;
      },
    );
    return this.subscribed;
  }

  async publish(signal: ChatSignal): Promise<void> {
    await this.publisher.publish(CHAT_CHANNEL, JSON.stringify(signal));
  }

  subscribe(key: string, listener: Listener): () => void {
    void this.ready().catch((error: unknown) => console.error('[chat fanout] SUBSCRIBE failed', error));
    return this.local.subscribe(key, listener);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
