'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ChatMessageView } from '../types';
import { MAX_MESSAGE_CHARS } from '../limits';
import { callApi, conversationPath } from './chat-api';
import { MessageBubble } from './MessageBubble';
import { RichCard } from './RichCard';

/**
 * The message list and composer shared by the buyer's panel and the advisor console: sends typing
 * on/off (throttled), marks read what is on screen, Enter sends, Shift+Enter for a new line.
 */
export function ChatThread({
  conversationId,
  messages,
  side,
  typing,
  peerReadSeq,
  disabled,
  renderExtra,
  streamState,
}: {
  conversationId: string;
  messages: readonly ChatMessageView[];
  side: 'buyer' | 'advisor';
  typing: boolean;
  peerReadSeq: number;
  disabled?: boolean;
  renderExtra?: (message: ChatMessageView) => React.ReactNode;
  streamState?: string;
}) {
  const t = useTranslations('chat');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const typingSent = useRef(0);
  const lastSeq = messages.at(-1)?.seq ?? 0;
  const lastMine = [...messages].reverse().find((m) => m.authorRole === side)?.seq ?? 0;

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
    if (lastSeq > 0 && document.visibilityState === 'visible') void callApi(`${conversationPath(conversationId)}/signal`, { body: { kind: 'read', seq: lastSeq } });
  }, [conversationId, lastSeq]);

  const signalTyping = (on: boolean) => {
    const now = Date.now();
    if (on && now - typingSent.current < 3_000) return;
    typingSent.current = on ? now : 0;
    void callApi(`${conversationPath(conversationId)}/signal`, { body: { kind: 'typing', on } });
  };

  const attach = async (file: File) => {
    const form = new FormData();
    form.set('name', file.name.slice(0, 120));
    form.set('file', file);
    setSending(true);
    const response = await fetch(`${conversationPath(conversationId)}/attachments`, { method: 'POST', body: form }).catch(() => null);
    setSending(false);
    const reason = response && !response.ok ? ((await response.json().catch(() => null)) as { error?: { reason?: string } } | null)?.error?.reason : undefined;
    if (response?.ok) setError(null);
    else setError(reason === 'UNSUPPORTED_FILE_TYPE' ? t('attachmentType') : reason === 'FILE_TOO_LARGE' || response?.status === 413 ? t('attachmentTooLarge') : t('sendFailed'));
  };

  const send = async () => {
    const body = text.trim();
    if (!body || sending) return;
    setSending(true);
    const result = await callApi<{ seq: number }>(`${conversationPath(conversationId)}/messages`, { body: { text: body } });
    setSending(false);
    if (result.ok) {
      setText('');
      setError(null);
      signalTyping(false);
    } else setError(result.reason === 'RATE_LIMITED' ? t('tooFast') : result.reason === 'CONVERSATION_CLOSED' ? t('closedNotice') : t('sendFailed'));
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ol ref={list} className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto p-3" aria-live="polite" data-testid="chat-messages" data-stream={streamState}>
        {messages.map((message) => (
          <MessageBubble key={message.seq} message={message} mine={message.authorRole === side}>
            <RichCard conversationId={conversationId} message={message} side={side} />
            {renderExtra?.(message)}
          </MessageBubble>
        ))}
      </ol>
      <div className="px-3 text-xs text-slate-500" aria-live="polite">
        {typing ? <span data-testid="chat-typing">{t(side === 'buyer' ? 'advisorTyping' : 'buyerTyping')}</span> : lastMine > 0 && peerReadSeq >= lastMine ? <span>{t('read')}</span> : null}
      </div>
      {error ? (
        <p role="alert" className="px-3 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <form
        className="flex items-end gap-2 border-t border-slate-200 p-2"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <label className="sr-only" htmlFor={`chat-input-${conversationId}`}>
          {t('placeholder')}
        </label>
        <textarea
          id={`chat-input-${conversationId}`}
          data-testid="chat-input"
          rows={2}
          maxLength={MAX_MESSAGE_CHARS}
          disabled={disabled}
          value={text}
          placeholder={t('placeholder')}
          className="min-h-10 flex-1 resize-none rounded-lg border border-slate-300 px-3 py-2 text-base sm:text-sm"
          onChange={(event) => {
            setText(event.target.value);
            signalTyping(event.target.value.length > 0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              void send();
            }
          }}
        />
        <label className={`cursor-pointer rounded-lg border border-slate-300 px-2 py-2 text-sm ${disabled || sending ? 'pointer-events-none opacity-50' : ''}`} title={t('attach')}>
          <span aria-hidden>📎</span>
          <span className="sr-only">{t('attach')}</span>
          <input
            type="file"
            accept="image/png,image/jpeg,application/pdf"
            className="sr-only"
            data-testid="chat-attach"
            disabled={disabled || sending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void attach(file);
            }}
          />
        </label>
        <button type="submit" data-testid="chat-send" disabled={disabled || sending || !text.trim()} className="rounded-lg bg-slate-900 px-3 py-2 text-sm font-medium text-white disabled:bg-slate-400">
          {t('send')}
        </button>
      </form>
    </div>
  );
}
