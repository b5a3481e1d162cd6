'use client';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { initialsOf } from '../rules';
import type { ChatMessageView, ConfigurationPayload } from '../types';
import { withSiteDates } from '@/lib/i18n/format';

const isConfiguration = (payload: unknown): payload is ConfigurationPayload => typeof payload === 'object' && payload !== null && typeof (payload as { href?: unknown }).href === 'string' && /^\/(?!\/)/.test((payload as { href: string }).href);

/**
 * One message. Bodies are rendered as React text children, never as HTML: whatever a sender
 * types (tags included) shows as typed. `mine` is the side reading.
 */
export function MessageBubble({ message, mine, children }: { message: ChatMessageView; mine: boolean; children?: React.ReactNode }) {
  const t = useTranslations('chat');
  const format = withSiteDates(useFormatter(), useLocale());
  const time = format.dateTime(new Date(message.createdAt), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  if (message.authorRole === 'system') {
    const text = message.kind === 'transfer' ? t('joined', { name: message.body }) : message.kind === 'closed' ? t('closedNotice') : message.body;
    return (
      <li className="my-1 text-center text-xs text-slate-500" data-seq={message.seq} data-testid="chat-system">
        {text}
      </li>
    );
  }
  return (
    <li className={`flex gap-2 ${mine ? 'flex-row-reverse' : ''}`} data-seq={message.seq} data-testid="chat-message">
      {!mine && message.authorRole === 'advisor' ? (
        <span aria-hidden className="mt-1 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-emerald-700 text-xs font-semibold text-white">
          {initialsOf(message.authorName)}
        </span>
      ) : null}
      <div className={`max-w-[80%] rounded-2xl px-3 py-2 text-sm ${mine ? 'bg-slate-900 text-white' : 'bg-slate-100 text-slate-900'}`}>
        {message.kind === 'callback_outcome' ? <p className="text-xs font-semibold uppercase tracking-wide opacity-80">{t('callOutcome')}</p> : null}
        <p className="whitespace-pre-wrap break-words">{message.body}</p>
        {message.kind === 'configuration' && isConfiguration(message.payload) ? (
          <Link href={message.payload.href} className="mt-2 inline-block rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-slate-900 underline" data-testid="chat-configuration-link">
            {t('openConfiguration')}
          </Link>
        ) : null}
        {children}
        <p className="mt-1 text-right text-[10px] opacity-70">{time}</p>
      </div>
    </li>
  );
}
