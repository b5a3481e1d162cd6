import 'server-only';
import { sseEvent } from '../rules';
import type { ChatMessageView } from '../types';
import { chatFanout, type ChatSignal } from './fanout';
import { messagesAfter } from './messages';

export const HEARTBEAT_MS = 15_000;

/**
 * One database read per (conversation, cursor) at a time on this instance: when an announcement
 * reaches many subscribers of the same conversation (a buyer's tabs, an advisor and the buyer,
 * the benchmark's thousand), those at the same cursor share the query instead of each running it.
 */
type Framed = { seq: number; frame: Uint8Array };
const inFlight = new Map<string, Promise<Framed[]>>();
const frameEncoder = new TextEncoder();
function sharedMessagesAfter(conversationId: string, afterSeq: number): Promise<Framed[]> {
  const key = `${conversationId}:${afterSeq}`;
  let read = inFlight.get(key);
  if (!read) {
    // Framed and encoded once for every subscriber sharing the read.
    read = messagesAfter(conversationId, afterSeq)
      .then((messages: ChatMessageView[]) => messages.map((message) => ({ seq: message.seq, frame: frameEncoder.encode(sseEvent({ id: message.seq, event: 'message', data: message })) })))
      .finally(() => inFlight.delete(key));
    inFlight.set(key, read);
  }
  return read;
}

type StreamOptions = {
  /** Subscribe under this key: a conversation id, or QUEUE_KEY. */
  key: string;
  signal: AbortSignal;
  /** Conversation streams: replay stored messages after this seq, then live ones. */
  conversation?: { id: string; afterSeq: number };
  /** Turns a non-message signal into an event for this subscriber (null: not for them). */
  onSignal?: (signal: ChatSignal) => Promise<{ event: string; data: unknown } | null> | { event: string; data: unknown } | null;
  /** Called on every heartbeat (advisor presence). */
  onHeartbeat?: () => Promise<void>;
  /** Called once when the stream ends (the client went away). */
  onClose?: () => Promise<void>;
  heartbeatMs?: number;
};

/**
 * A Server-Sent Events stream. Order matters for "nothing lost, nothing twice": subscribe first,
 * wait until the fan-out listens, then read the stored messages after the resume point; each
 * announcement triggers a re-read after the last seq sent (never the payload itself), and reads
 * run one at a time, so every seq goes out once and in order. Each message event carries
 * `id: <seq>`, which the browser sends back as Last-Event-ID when it reconnects.
 */
export function chatEventStream(options: StreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor = options.conversation?.afterSeq ?? 0;
  let chain: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let closed = false;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string | Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(typeof text === 'string' ? encoder.encode(text) : text);
        } catch {
          cleanup();
        }
      };
      const cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe?.();
        if (heartbeat) clearInterval(heartbeat);
        void options.onClose?.().catch(() => undefined);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const serial = (work: () => Promise<void>) => {
        chain = chain.then(() => (closed ? undefined : work())).catch((error: unknown) => {
          console.error('[chat stream]', error);
          cleanup();
        });
      };
      const catchUp = async () => {
        const conversation = options.conversation;
        if (!conversation) return;
        for (;;) {
          const batch = await sharedMessagesAfter(conversation.id, cursor);
          for (const message of batch) {
            if (message.seq <= cursor) continue;
            cursor = message.seq;
            send(message.frame);
          }
          if (batch.length < 200) return;
        }
      };

      options.signal.addEventListener('abort', cleanup, { once: true });
      if (options.signal.aborted) return cleanup();
      const fanout = chatFanout();
      unsubscribe = fanout.subscribe(options.key, (signal) => {
        if (signal.t === 'msg' && options.conversation && signal.c === options.conversation.id) {
          if (signal.s > cursor) serial(catchUp);
          return;
        }
        if (!options.onSignal) return;
        serial(async () => {
          const event = await options.onSignal?.(signal);
          if (event) send(sseEvent(event));
        });
      });
      // Tell the browser to retry after 2 s when the connection drops, then catch up.
      send('retry: 2000\n\n');
      serial(async () => {
        await fanout.ready();
        await catchUp();
        send(sseEvent({ event: 'ready', data: { seq: cursor } }));
      });
      heartbeat = setInterval(() => {
        send(': ping\n\n');
        if (options.onHeartbeat) serial(options.onHeartbeat);
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      if (options.onHeartbeat) serial(options.onHeartbeat);
    },
    cancel() {
      if (closed) return;
      closed = true;
      unsubscribe?.();
      if (heartbeat) clearInterval(heartbeat);
      void options.onClose?.().catch(() => undefined);
    },
  });
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // Reverse proxies (nginx) must not buffer the stream.
  'x-accel-buffering': 'no',
} as const;
