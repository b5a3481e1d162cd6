'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatMessageView, ConversationView } from '../types';
import { callApi, conversationPath, type ConversationPayload } from './chat-api';

export type StreamState = 'connecting' | 'open' | 'reconnecting';

/**
 * A conversation live: its messages keyed by seq (a message seen twice is kept once), the
 * other side's typing and read state. EventSource reconnects by itself and sends Last-Event-ID,
 * so the server resumes after the last message received; if the browser gives up (the stream
 * answered an error), we reopen it with ?after=<last seq>.
 */
export function useConversation(id: string | null) {
  const [conversation, setConversation] = useState<ConversationView | null>(null);
  const [messages, setMessages] = useState<ChatMessageView[]>([]);
  const [typing, setTyping] = useState(false);
  const [peerReadSeq, setPeerReadSeq] = useState(0);
  const [state, setState] = useState<StreamState>('connecting');
  const lastSeq = useRef(0);

  const merge = useCallback((incoming: readonly ChatMessageView[]) => {
    if (incoming.length === 0) return;
    setMessages((current) => {
      const bySeq = new Map(current.map((m) => [m.seq, m]));
      for (const message of incoming) bySeq.set(message.seq, message);
      return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    });
    lastSeq.current = Math.max(lastSeq.current, ...incoming.map((m) => m.seq));
  }, []);

  const refresh = useCallback(async () => {
    if (!id) return;
    const result = await callApi<ConversationPayload>(conversationPath(id));
    if (!result.ok) return;
    setConversation(result.data.conversation);
    setPeerReadSeq(result.data.side === 'buyer' ? result.data.conversation.advisorReadSeq : result.data.conversation.buyerReadSeq);
    merge(result.data.messages);
  }, [id, merge]);

  useEffect(() => {
    if (!id) return;
    // Callers key this by conversation id, so state starts empty for each conversation.
    lastSeq.current = 0;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    let typingOff: ReturnType<typeof setTimeout> | null = null;
    const connect = () => {
      source = new EventSource(`${conversationPath(id)}/events?after=${lastSeq.current}`);
      source.addEventListener('open', () => setState('open'));
      source.addEventListener('message', (event: MessageEvent<string>) => {
        const message = JSON.parse(event.data) as ChatMessageView;
        merge([message]);
        if (message.kind === 'transfer' || message.kind === 'closed') void refresh();
      });
      source.addEventListener('typing', (event: MessageEvent<string>) => {
        const on = (JSON.parse(event.data) as { on: boolean }).on;
        setTyping(on);
        if (typingOff) clearTimeout(typingOff);
        // A lost "stopped typing" must not leave the dots forever.
        if (on) typingOff = setTimeout(() => setTyping(false), 8_000);
      });
      source.addEventListener('read', (event: MessageEvent<string>) => setPeerReadSeq((JSON.parse(event.data) as { seq: number }).seq));
      source.addEventListener('state', () => void refresh());
      // Once the stream has replayed what was stored, read the conversation's state (advisor, status).
      source.addEventListener('ready', () => void refresh());
      source.addEventListener('error', () => {
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = setTimeout(connect, 3_000);
        }
      });
    };
    // A dropped network does not always end an open stream promptly (a phone changing networks):
    // going offline closes it, coming back reopens it after the last message received.
    const offline = () => {
      source?.close();
      if (retry) clearTimeout(retry);
      setState('reconnecting');
    };
    const online = () => {
      source?.close();
      if (!stopped) connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    connect();
    return () => {
      stopped = true;
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      source?.close();
      if (retry) clearTimeout(retry);
      if (typingOff) clearTimeout(typingOff);
    };
  }, [id, merge, refresh]);

  return { conversation, messages, typing, peerReadSeq, state, refresh, lastSeq };
}
