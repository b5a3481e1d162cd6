'use client';
import { useTranslations } from 'next-intl';
import { callApi, conversationPath } from './chat-api';
import { ChatThread } from './ChatThread';
import { useConversation } from './use-conversation';

/** A conversation routed to the dealership, answered by its staff from /dealer: the same live thread as the console. */
export function DealerConversation({ id }: { id: string }) {
  const t = useTranslations('chat');
  const { conversation, messages, typing, peerReadSeq, refresh, state } = useConversation(id);
  const open = conversation !== null && conversation.status !== 'closed';
  return (
    <section className="flex h-[36rem] flex-col rounded-xl border border-slate-200" aria-label={t('title')} data-testid="dealer-conversation">
      <header className="flex items-center gap-2 border-b border-slate-200 px-3 py-2 text-sm">
        <span className="text-slate-600">{conversation?.status === 'closed' ? t('closedNotice') : t('dealerAnswering')}</span>
        {open ? (
          <button type="button" onClick={() => void callApi(`${conversationPath(id)}/close`, { body: {} }).then(refresh)} className="ml-auto rounded border border-slate-300 px-2 py-1" data-testid="dealer-conversation-close">
            {t('end')}
          </button>
        ) : null}
      </header>
      <ChatThread streamState={state} conversationId={id} messages={messages} side="advisor" typing={typing} peerReadSeq={peerReadSeq} disabled={!open} />
    </section>
  );
}
