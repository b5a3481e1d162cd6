'use client';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { initialsOf } from '../rules';
import { callApi, conversationPath } from './chat-api';
import { ChatThread } from './ChatThread';
import { FollowUpForm } from './FollowUpForm';
import { SlotOffer } from './SlotOffer';
import { useConversation } from './use-conversation';

/** The buyer's open conversation: advisor header, thread, follow-up choice when nobody answers live, rating at the end. */
export function ChatPanel({ conversationId, live, onNew }: { conversationId: string; live: boolean; onNew: () => void }) {
  const t = useTranslations('chat');
  const { conversation, messages, typing, peerReadSeq, refresh, state } = useConversation(conversationId);
  const status = conversation?.status ?? 'waiting';
  return (
    <>
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2" data-testid="chat-header">
        {conversation?.advisorName ? (
          <>
            <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-full bg-emerald-700 text-sm font-semibold text-white">
              {initialsOf(conversation.advisorName)}
            </span>
            <p className="text-sm">
              <span className="font-semibold" data-testid="chat-advisor-name">{conversation.advisorName}</span>
              <span className="block text-xs text-slate-500">{t('yourAdvisor')}</span>
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-600">{status === 'closed' ? t('closedNotice') : t('waiting')}</p>
        )}
        {status !== 'closed' ? (
          <button type="button" className="ml-auto text-xs text-slate-500 underline" onClick={() => void callApi(`${conversationPath(conversationId)}/close`, { body: {} }).then(refresh)}>
            {t('end')}
          </button>
        ) : null}
      </div>
      <ChatThread
        streamState={state}
        conversationId={conversationId}
        messages={messages}
        side="buyer"
        typing={typing}
        peerReadSeq={peerReadSeq}
        disabled={status === 'closed'}
        renderExtra={(message) => (message.kind === 'slots' ? <SlotOffer conversationId={conversationId} message={message} /> : null)}
      />
      {conversation && status !== 'closed' && conversation.followUp === 'live' && !conversation.advisorName ? <FollowUpForm conversationId={conversationId} onDone={refresh} collapsed={live} /> : null}
      {conversation && conversation.followUp !== 'live' && status !== 'closed' ? <p className="px-3 pb-2 text-xs text-slate-600" data-testid="chat-follow-up-set">{t(conversation.followUp === 'email' ? 'emailSet' : 'callbackSet')}</p> : null}
      {conversation && status === 'closed' ? <Rating conversationId={conversationId} rated={conversation.csatScore !== null} onDone={refresh} onNew={onNew} /> : null}
    </>
  );
}

function Rating({ conversationId, rated, onDone, onNew }: { conversationId: string; rated: boolean; onDone: () => Promise<void>; onNew: () => void }) {
  const t = useTranslations('chat');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const format = useFormatter();
  if (rated) {
    return (
      <div className="border-t border-slate-200 p-3 text-sm">
        <p>{t('thanks')}</p>
        <button type="button" className="mt-2 underline" onClick={onNew}>
          {t('newConversation')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="flex flex-col gap-2 border-t border-slate-200 p-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        if (score > 0) void callApi(`${conversationPath(conversationId)}/rating`, { body: { score, comment: comment.trim() || undefined } }).then(onDone);
      }}
    >
      <fieldset>
        <legend className="font-medium">{t('csatQuestion')}</legend>
        <div className="mt-1 flex gap-1">
          {[1, 2, 3, 4, 5].map((value) => (
            <button key={value} type="button" aria-pressed={score === value} aria-label={format.number(value)} onClick={() => setScore(value)} className={`h-9 w-9 rounded-full border ${score >= value ? 'border-amber-500 bg-amber-400' : 'border-slate-300'}`}>
              {value}
            </button>
          ))}
        </div>
      </fieldset>
      <textarea value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} placeholder={t('csatComment')} className="rounded-lg border border-slate-300 px-2 py-1 text-base sm:text-sm" rows={2} />
      <button type="submit" disabled={score === 0} className="self-start rounded-lg bg-slate-900 px-3 py-1.5 text-white disabled:bg-slate-400">
        {t('csatSend')}
      </button>
    </form>
  );
}
