'use client';
import { useCallback, useEffect, useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { describeBuyerPage } from '../page-description';
import { waitingMinutes } from '../rules';
import type { QueueEntryView } from './advisor-types';
import { BuyerContextPanel } from './BuyerContextPanel';
import { callApi } from './chat-api';
import { ConsoleConversation } from './ConsoleConversation';
import { withSiteDates } from '@/lib/i18n/format';

/**
 * The advisors' console: the live queue (waiting ones first, with waiting time and the page the
 * buyer has open), and the selected conversations side by side with the buyer's context. The
 * queue stream also keeps this advisor "online" for automatic assignment while the page is open.
 * Keyboard: Alt+1…9 opens the nth conversation of the queue.
 */
export function AdvisorConsole({ me, advisors, dealerships }: { me: { id: string; name: string }; advisors: readonly { id: string; name: string }[]; dealerships: readonly { id: string; label: string }[] }) {
  const t = useTranslations('chat');
  const format = withSiteDates(useFormatter(), useLocale());
  const lang = useLocale() === 'en' ? 'en' : 'fr';
  const [queue, setQueue] = useState<QueueEntryView[]>([]);
  const [openIds, setOpenIds] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const [now, setNow] = useState(() => new Date());

  const load = useCallback(async () => {
    const result = await callApi<QueueEntryView[]>('/api/chat/queue');
    if (result.ok) setQueue(result.data);
  }, []);

  useEffect(() => {
    // The stream's `ready` (sent once it listens) triggers the first read: nothing slips between the two.
    const source = new EventSource('/api/chat/queue/events');
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Bursts (typing, many messages) collapse into one re-read.
    const changed = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void load();
        setVersion((v) => v + 1);
      }, 250);
    };
    source.addEventListener('changed', changed);
    source.addEventListener('ready', changed);
    const clock = setInterval(() => setNow(new Date()), 30_000);
    return () => {
      source.close();
      clearInterval(clock);
      if (timer) clearTimeout(timer);
    };
  }, [load]);

  const openConversation = (id: string) => setOpenIds((ids) => (ids.includes(id) ? ids : [...ids.slice(-1), id]));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !/^[1-9]$/.test(event.key)) return;
      const entry = queue[Number(event.key) - 1];
      if (entry) {
        event.preventDefault();
        openConversation(entry.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [queue]);

  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[18rem_1fr]">
      <section aria-label={t('queue')} className="rounded-xl border border-slate-200">
        <h2 className="border-b border-slate-200 px-3 py-2 font-semibold">{t('queue')}</h2>
        {queue.length === 0 ? <p className="p-3 text-sm text-slate-500">{t('queueEmpty')}</p> : null}
        <ol className="divide-y divide-slate-100" data-testid="advisor-queue">
          {queue.map((entry, index) => (
            <li key={entry.id}>
              <button type="button" onClick={() => openConversation(entry.id)} className={`block w-full px-3 py-2 text-left text-sm hover:bg-slate-50 ${openIds.includes(entry.id) ? 'bg-slate-100' : ''}`} data-testid="advisor-queue-entry" data-status={entry.status}>
                <span className="flex justify-between gap-2">
                  <span className="font-medium">{entry.buyerName || t('guest')}</span>
                  <span className="text-xs text-slate-500">
                    {index < 9 ? `Alt+${index + 1} · ` : ''}
                    {t('waitingFor', { minutes: waitingMinutes(new Date(entry.lastBuyerAt ?? entry.createdAt), now) })}
                  </span>
                </span>
                <span className="block truncate text-xs text-slate-600">{entry.lastText}</span>
                <span className="block truncate text-xs text-slate-500">{entry.status === 'waiting' ? t('statusWaiting') : entry.advisorId === me.id ? t('statusMine') : t('statusWith', { name: entry.advisorName ?? '' })}</span>
                {/* The buyer's page on its own lines (two at most, the whole of it on hover): a configuration's name is long. */}
                {entry.currentPage ? (
                  <span className="line-clamp-2 text-xs text-slate-500" title={describeBuyerPage(entry.currentPage, lang)} data-testid="advisor-queue-page">
                    {describeBuyerPage(entry.currentPage, lang)}
                  </span>
                ) : null}
                {entry.followUp === 'callback' && entry.callbackAt ? (
                  <span className="block text-xs font-medium text-amber-800" data-testid="advisor-callback">
                    {t('callbackAt', { when: format.dateTime(new Date(entry.callbackAt), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' }), phone: entry.callbackPhone ?? '' })}
                  </span>
                ) : entry.followUp === 'email' ? (
                  <span className="block text-xs text-slate-600">{t('emailFollowUp')}</span>
                ) : null}
                {entry.unread > 0 ? <span className="text-xs font-semibold text-emerald-800">{t('unread', { count: entry.unread })}</span> : null}
              </button>
            </li>
          ))}
        </ol>
      </section>
      <div className="grid gap-4 xl:grid-cols-2">
        {openIds.length === 0 ? <p className="text-sm text-slate-500">{t('pickConversation')}</p> : null}
        {openIds.map((id) => (
          <div key={id} className="grid gap-3 md:grid-cols-[1fr_16rem]">
            <ConsoleConversation id={id} me={me} advisors={advisors} dealerships={dealerships} entry={queue.find((e) => e.id === id) ?? null} onClose={() => setOpenIds((ids) => ids.filter((x) => x !== id))} />
            <BuyerContextPanel id={id} version={version} />
          </div>
        ))}
      </div>
    </div>
  );
}
