'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ChatMessageView, ConfigurationPayload } from '../types';
import { conversationPath } from './chat-api';

const pushed = (message: ChatMessageView): string | null => {
  if (message.kind !== 'configuration' || message.authorRole !== 'advisor') return null;
  const payload = message.payload as Partial<ConfigurationPayload> | null;
  return payload?.push === true && typeof payload.href === 'string' && /^\/configure\/[a-z0-9-]+\?/.test(payload.href) ? payload.href : null;
};

/**
 * On the configurator, while the buyer has a conversation: a configuration their advisor pushes
 * (over the conversation's SSE stream, after the messages already seen) is offered, never
 * applied silently — "apply" opens exactly that car in the configurator (the URL is the car),
 * "no thanks" leaves the screen as it is; the message stays in the thread either way.
 */
export function ConfigurationSuggestion({ conversationId, afterSeq }: { conversationId: string; afterSeq: number }) {
  const t = useTranslations('chat');
  const [href, setHref] = useState<string | null>(null);
  const [from] = useState(afterSeq);

  useEffect(() => {
    let last = from;
    const source = new EventSource(`${conversationPath(conversationId)}/events?after=${from}`);
    source.addEventListener('message', (event: MessageEvent<string>) => {
      const message = JSON.parse(event.data) as ChatMessageView;
      if (message.seq <= last) return;
      last = message.seq;
      const suggested = pushed(message);
      if (suggested) setHref(suggested);
    });
    return () => source.close();
  }, [conversationId, from]);

  if (!href) return null;
  return (
    <div role="alertdialog" aria-labelledby="chat-suggestion-title" className="fixed inset-x-2 top-2 z-50 mx-auto max-w-lg rounded-xl border border-emerald-700 bg-white p-3 shadow-2xl" data-testid="chat-suggestion">
      <p id="chat-suggestion-title" className="text-sm font-medium">{t('suggestionTitle')}</p>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={() => window.location.assign(href)} className="rounded-lg bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white" data-testid="chat-suggestion-apply">
          {t('suggestionApply')}
        </button>
        <button type="button" onClick={() => setHref(null)} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm" data-testid="chat-suggestion-dismiss">
          {t('suggestionDismiss')}
        </button>
      </div>
    </div>
  );
}
