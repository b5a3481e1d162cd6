'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { CANNED_REPLIES } from '../canned';
import type { QueueEntryView } from './advisor-types';
import { callApi, conversationPath } from './chat-api';
import { ChatThread } from './ChatThread';
import { ConsoleOffers } from './ConsoleOffers';
import { useConversation } from './use-conversation';

type Showroom = { dealershipId: string; name: string; city: string };

/** One conversation in the console: claim, reply (canned replies), push a configuration, offer slots, log a call, transfer, close. */
export function ConsoleConversation({
  id,
  me,
  advisors,
  dealerships,
  entry,
  onClose,
}: {
  id: string;
  me: { id: string; name: string };
  advisors: readonly { id: string; name: string }[];
  dealerships: readonly { id: string; label: string }[];
  entry: QueueEntryView | null;
  onClose: () => void;
}) {
  const t = useTranslations('chat');
  const { conversation, messages, typing, peerReadSeq, refresh, state } = useConversation(id);
  const [notice, setNotice] = useState<string | null>(null);
  const [lang, setLang] = useState<'fr' | 'en'>('fr');
  const [showrooms, setShowrooms] = useState<Showroom[]>([]);
  const [dealershipId, setDealershipId] = useState('');
  const [outcome, setOutcome] = useState('');
  const page = entry?.currentPage ?? null;
  const model = page?.match(/^\/configure\/([a-z0-9-]+)/)?.[1] ?? null;
  const mine = conversation?.status === 'assigned' && entry?.advisorId === me.id;

  useEffect(() => {
    if (!model) return;
    void callApi<{ dealerships: Showroom[] }>(`/api/test-drives/showrooms?model=${encodeURIComponent(model)}`).then((result) => {
      if (result.ok) {
        setShowrooms(result.data.dealerships);
        setDealershipId((current) => current || result.data.dealerships[0]?.dealershipId || '');
      }
    });
  }, [model]);

  const act = async (body: Record<string, unknown>) => {
    const result = await callApi(`${conversationPath(id)}/advisor`, { body });
    setNotice(result.ok ? null : t.has(`refused.${result.reason}`) ? t(`refused.${result.reason}`) : result.reason === 'ALREADY_CLAIMED' ? t('alreadyClaimed') : result.reason === 'NO_SLOTS' ? t('noSlots') : result.message);
    await refresh();
  };
  const send = (text: string) => callApi(`${conversationPath(id)}/messages`, { body: { text } });

  return (
    <section className="flex h-[36rem] flex-col rounded-xl border border-slate-200" aria-label={entry?.buyerName || t('guest')} data-testid="console-conversation">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 text-sm">
        <strong>{entry?.buyerName || t('guest')}</strong>
        <span className="text-xs text-slate-500">{conversation?.status === 'waiting' ? t('statusWaiting') : conversation?.status === 'closed' ? t('closedNotice') : conversation?.advisorName}</span>
        <span className="ml-auto flex gap-2">
          {conversation?.status === 'waiting' ? (
            <button type="button" onClick={() => void act({ action: 'claim' })} className="rounded bg-slate-900 px-2 py-1 text-white" data-testid="console-claim">
              {t('claim')}
            </button>
          ) : null}
          {mine ? (
            <>
              <select aria-label={t('transfer')} className="rounded border border-slate-300 text-xs" value="" onChange={(e) => e.target.value && void act({ action: 'transfer', advisorId: e.target.value })}>
                <option value="">{t('transfer')}</option>
                {advisors.filter((a) => a.id !== me.id).map((a) => (
                  <option key={a.id} value={a.id}>{a.name}</option>
                ))}
              </select>
              <button type="button" onClick={() => void callApi(`${conversationPath(id)}/close`, { body: {} }).then(refresh)} className="rounded border border-slate-300 px-2 py-1" data-testid="console-close">
                {t('end')}
              </button>
            </>
          ) : null}
          <button type="button" onClick={onClose} aria-label={t('hide')} className="px-1 text-slate-500">×</button>
        </span>
      </header>
      {notice ? <p role="alert" className="px-3 py-1 text-sm text-red-700">{notice}</p> : null}
      <ChatThread streamState={state} conversationId={id} messages={messages} side="advisor" typing={typing} peerReadSeq={peerReadSeq} disabled={!mine} />
      {mine ? (
        <div className="flex flex-col gap-2 border-t border-slate-200 p-2 text-xs">
          <div className="flex flex-wrap items-center gap-1">
            <select aria-label={t('cannedLanguage')} value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'fr')} className="rounded border border-slate-300">
              <option value="fr">FR</option>
              <option value="en">EN</option>
            </select>
            {CANNED_REPLIES[lang].map((reply, index) => (
              <button key={reply} type="button" title={reply} onClick={() => void send(reply)} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50" data-testid="console-canned">
                {t('canned', { n: index + 1 })}
              </button>
            ))}
          </div>
          <div className="flex flex-wrap items-center gap-1">
            {page && model ? (
              <button type="button" onClick={() => void act({ action: 'configuration', href: page, text: CANNED_REPLIES[lang][3] })} className="rounded bg-emerald-700 px-2 py-1 text-white" data-testid="console-push-configuration">
                {t('pushConfiguration')}
              </button>
            ) : null}
            {model && showrooms.length > 0 ? (
              <>
                <select aria-label={t('showroom')} value={dealershipId} onChange={(e) => setDealershipId(e.target.value)} className="rounded border border-slate-300" data-testid="console-showroom">
                  {showrooms.map((s) => (
                    <option key={s.dealershipId} value={s.dealershipId}>{s.name} ({s.city})</option>
                  ))}
                </select>
                <button type="button" disabled={!dealershipId} onClick={() => void act({ action: 'slots', dealershipId, modelCode: model, text: CANNED_REPLIES[lang][2] })} className="rounded bg-emerald-700 px-2 py-1 text-white" data-testid="console-propose-slots">
                  {t('proposeSlots')}
                </button>
              </>
            ) : null}
          </div>
          <ConsoleOffers id={id} page={page} model={model} lang={lang} act={act} dealerships={dealerships} />
          {entry?.followUp === 'callback' ? (
            <form
              className="flex gap-1"
              onSubmit={(event) => {
                event.preventDefault();
                if (outcome.trim()) void act({ action: 'call-outcome', text: outcome.trim() }).then(() => setOutcome(''));
              }}
            >
              <input value={outcome} onChange={(e) => setOutcome(e.target.value)} placeholder={t('callOutcomePlaceholder')} className="flex-1 rounded border border-slate-300 px-2 py-1" data-testid="console-call-outcome" />
              <button type="submit" className="rounded bg-slate-900 px-2 py-1 text-white" data-testid="console-call-outcome-send">
                {t('logCall')}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
