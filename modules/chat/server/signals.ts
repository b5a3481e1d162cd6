import { EventEmitter } from 'node:events';

// The fan-out's vocabulary, shared by its engines (fanout.ts: in-process, PostgreSQL; redis-fanout.ts).

export type ChatSignal =
  | { t: 'msg'; c: string; s: number }
  | { t: 'typing'; c: string; side: 'buyer' | 'advisor'; on: boolean }
  | { t: 'read'; c: string; side: 'buyer' | 'advisor'; s: number }
  | { t: 'state'; c: string }
  | { t: 'queue' };

export const CHAT_CHANNEL = 'virage_chat';
/** Subscribers of the advisors' queue listen under this key; conversation subscribers under the conversation id. */
export const QUEUE_KEY = '*queue';

export type Listener = (signal: ChatSignal) => void;

export interface ChatFanout {
  /** Resolves once signals published from now on will reach this instance's subscribers. */
  ready(): Promise<void>;
  publish(signal: ChatSignal): Promise<void>;
  subscribe(key: string, listener: Listener): () => void;
  close(): Promise<void>;
}

const keyOf = (signal: ChatSignal) => (signal.t === 'queue' ? QUEUE_KEY : signal.c);

export function parseSignal(raw: string | undefined): ChatSignal | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as ChatSignal;
    return value && typeof value === 'object' && typeof value.t === 'string' ? value : null;
  } catch {
    return null;
  }
}

export class LocalListeners {
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

