'use client';
import { useMemo, useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { callbackSlots } from '../rules';
import { callApi, conversationPath } from './chat-api';
import { withSiteDates } from '@/lib/i18n/format';

/**
 * Nobody online (or outside hours): the buyer picks an e-mail answer or a callback at a slot.
 * While advisors are online the same choice stays one click away (`collapsed`).
 */
export function FollowUpForm({ conversationId, onDone, collapsed }: { conversationId: string; onDone: () => Promise<void>; collapsed: boolean }) {
  const t = useTranslations('chat');
  const format = withSiteDates(useFormatter(), useLocale());
  const [mode, setMode] = useState<'email' | 'callback'>('email');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const slots = useMemo(() => callbackSlots(new Date()), []);
  const [at, setAt] = useState(slots[0]?.toISOString() ?? '');
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(!collapsed);
  const submit = async () => {
    const body = mode === 'email' ? { followUp: 'email', email } : { followUp: 'callback', phone, at };
    const result = await callApi(`${conversationPath(conversationId)}/follow-up`, { body });
    if (result.ok) await onDone();
    else setError(t('followUpInvalid'));
  };
  if (!expanded) {
    return (
      <button type="button" className="mx-3 mb-2 self-start text-xs underline" onClick={() => setExpanded(true)} data-testid="chat-follow-up-open">
        {t('followUpOpen')}
      </button>
    );
  }
  return (
    <form
      className="flex flex-col gap-2 border-t border-slate-200 p-3 text-sm"
      data-testid="chat-follow-up"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="font-medium">{t('offlineLead')}</p>
      <div className="flex gap-3" role="radiogroup">
        <label className="flex items-center gap-1">
          <input type="radio" name="follow-up" checked={mode === 'email'} onChange={() => setMode('email')} /> {t('byEmail')}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="follow-up" checked={mode === 'callback'} onChange={() => setMode('callback')} data-testid="chat-callback-choice" /> {t('byCallback')}
        </label>
      </div>
      {mode === 'email' ? (
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder={t('emailPlaceholder')} className="rounded-lg border border-slate-300 px-2 py-1 text-base sm:text-sm" />
      ) : (
        <>
          <input type="tel" required value={phone} onChange={(e) => setPhone(e.target.value)} placeholder={t('phonePlaceholder')} data-testid="chat-callback-phone" className="rounded-lg border border-slate-300 px-2 py-1 text-base sm:text-sm" />
          <select value={at} onChange={(e) => setAt(e.target.value)} aria-label={t('callbackWhen')} className="rounded-lg border border-slate-300 px-2 py-1 text-base sm:text-sm">
            {slots.map((slot) => (
              <option key={slot.toISOString()} value={slot.toISOString()}>
                {format.dateTime(slot, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })}
              </option>
            ))}
          </select>
        </>
      )}
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      <button type="submit" className="self-start rounded-lg bg-slate-900 px-3 py-1.5 text-white" data-testid="chat-follow-up-send">
        {t('followUpSend')}
      </button>
    </form>
  );
}
