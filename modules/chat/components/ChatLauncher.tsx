'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { usePathname, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { MAX_MESSAGE_CHARS } from '../limits';
import { callApi, conversationPath, type ConversationPayload } from './chat-api';
import { isBackOffice, setChatOpen as setOpen, useChatOpen } from './chat-open';
import { ConfigurationSuggestion } from './ConfigurationSuggestion';

// The conversation (thread, follow-up, slot offers, date helpers) is not in every page's first-load
// JS: its code is fetched when the launcher is opened, or at once when this browser has a
// conversation to show, so it is there by the time a conversation exists to draw.
const loadChatPanel = () => import('./ChatPanel').then((m) => m.ChatPanel);
const ChatPanel = dynamic(loadChatPanel, { ssr: false });

/** Remembers (per browser, no personal data) that there is a conversation to show on the next page. */
const HAS_CONVERSATION = 'virage.chat';

type Current = { current: ConversationPayload | null; live: boolean };

/**
 * "Parler à un conseiller" on every buyer page. On a phone the button sits in the header (it
 * covers nothing) and the conversation opens as a full-screen sheet; from `sm` up it is a small
 * floating button and a side panel. While a conversation is open, the page on screen (the
 * configurator keeps the car in its query string) is reported to the advisor as it changes.
 */
export function ChatLauncher() {
  const t = useTranslations('chat');
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  // Shared with the header's phone button (PhoneChatButton).
  const open = useChatOpen();
  const [data, setData] = useState<Current | null>(null);
  const [first, setFirst] = useState('');
  const [error, setError] = useState<string | null>(null);
  const page = `${pathname}${search.size > 0 ? `?${search.toString()}` : ''}`;
  const conversationId = data?.current?.conversation.id ?? null;
  const status = data?.current?.conversation.status ?? null;
  const reported = useRef<string | null>(null);

  const load = useCallback(async () => {
    const result = await callApi<Current>('/api/chat/conversations/current');
    if (result.ok) setData(result.data);
  }, []);

  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get('chat') === 'open';
    if (wanted) setOpen(true);
    if (wanted || window.localStorage.getItem(HAS_CONVERSATION) === '1') void load();
    // "Parler à un conseiller" links elsewhere on the page (the next steps beside a car) point at
    // #advisor: a plain hash link, so pages need no import of the chat to open it.
    const openFromHash = () => {
      if (window.location.hash !== '#advisor') return;
      setOpen(true);
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [load]);

  useEffect(() => {
    if (open && !data) void load();
  }, [open, data, load]);

  useEffect(() => {
    if (open || conversationId) void loadChatPanel();
  }, [open, conversationId]);

  // The buyer's screen, for the advisor: debounced, only while a conversation is open.
  useEffect(() => {
    if (!conversationId || status === 'closed' || reported.current === page || page.length > 600) return;
    const timer = setTimeout(() => {
      reported.current = page;
      void callApi(`${conversationPath(conversationId)}/signal`, { body: { kind: 'page', page } });
    }, 400);
    return () => clearTimeout(timer);
  }, [conversationId, page, status]);

  if (isBackOffice(pathname)) return null;

  const start = async () => {
    const text = first.trim();
    if (!text) return;
    const result = await callApi<{ id: string }>('/api/chat/conversations', { body: { text, page: page.length <= 600 ? page : undefined, locale: locale === 'en' ? 'en' : 'fr' } });
    if (!result.ok) return setError(result.reason === 'RATE_LIMITED' ? t('tooFast') : t('sendFailed'));
    window.localStorage.setItem(HAS_CONVERSATION, '1');
    reported.current = page;
    setFirst('');
    setError(null);
    await load();
  };

  const button = (className: string, testId: string) => (
    <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} aria-controls="chat-panel" className={className} data-testid={testId}>
      {t('launcher')}
    </button>
  );

  return (
    <>
      {conversationId && status !== 'closed' && pathname.startsWith('/configure/') ? (
        <ConfigurationSuggestion key={conversationId} conversationId={conversationId} afterSeq={data?.current?.conversation.lastSeq ?? 0} />
      ) : null}
      <div id="chat-launcher" data-print="hide" className="fixed bottom-4 right-4 z-40 hidden sm:block">
        {open ? null : button('rounded-full bg-slate-900 px-4 py-3 text-sm font-medium text-white shadow-lg hover:bg-slate-700', 'chat-launcher')}
      </div>
      {open ? (
        <section
          id="chat-panel"
          aria-label={t('title')}
          data-testid="chat-panel"
          className="fixed inset-0 z-50 flex flex-col bg-white sm:inset-auto sm:bottom-4 sm:right-4 sm:h-[34rem] sm:w-96 sm:rounded-xl sm:border sm:border-slate-200 sm:shadow-2xl"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
            <h2 className="font-semibold">{t('title')}</h2>
            <button type="button" onClick={() => setOpen(false)} className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100" data-testid="chat-close-panel">
              {t('hide')}
            </button>
          </div>
          {conversationId && data ? (
            <ChatPanel
              key={conversationId}
              conversationId={conversationId}
              live={data.live}
              onNew={() => {
                window.localStorage.removeItem(HAS_CONVERSATION);
                setData({ current: null, live: data.live });
              }}
            />
          ) : (
            <form
              className="flex flex-1 flex-col gap-2 p-3"
              onSubmit={(event) => {
                event.preventDefault();
                void start();
              }}
            >
              <p className="text-sm text-slate-700">{data && !data.live ? t('offlineIntro') : t('intro')}</p>
              <p className="text-xs text-slate-500">{t('hours')}</p>
              <label htmlFor="chat-first" className="sr-only">
                {t('placeholder')}
              </label>
              <textarea id="chat-first" data-testid="chat-first" value={first} maxLength={MAX_MESSAGE_CHARS} onChange={(e) => setFirst(e.target.value)} rows={4} placeholder={t('placeholder')} className="rounded-lg border border-slate-300 px-3 py-2 text-base sm:text-sm" />
              {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
              <button type="submit" disabled={!first.trim()} className="self-end rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:bg-slate-400" data-testid="chat-start">
                {t('send')}
              </button>
            </form>
          )}
        </section>
      ) : null}
    </>
  );
}
