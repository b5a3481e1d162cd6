'use client';
import { useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ChatMessageView, SlotsPayload } from '../types';
import { callApi, conversationPath } from './chat-api';
import { withSiteDates } from '@/lib/i18n/format';

const isSlots = (payload: unknown): payload is SlotsPayload => typeof payload === 'object' && payload !== null && Array.isArray((payload as { slots?: unknown }).slots);

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'licenceNumber', 'licenceIssuedOn', 'birthDate'] as const;
type DriverFields = Record<(typeof FIELDS)[number], string>;

/**
 * Slots an advisor proposed: the buyer gives the driver's details the law asks for (once), then
 * books a slot in one click. The server books through the test-drive module's own booking (same
 * checks as the buyer's own booking), channel chat, proposed by that advisor.
 */
export function SlotOffer({ conversationId, message }: { conversationId: string; message: ChatMessageView }) {
  const t = useTranslations('chat');
  const format = withSiteDates(useFormatter(), useLocale());
  const [driver, setDriver] = useState<DriverFields>({ firstName: '', lastName: '', email: '', phone: '', licenceNumber: '', licenceIssuedOn: '', birthDate: '' });
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text?: string }>({ kind: 'idle' });
  if (!isSlots(message.payload)) return null;
  const complete = FIELDS.every((field) => driver[field].trim() !== '');
  const book = async (start: string) => {
    setState({ kind: 'busy' });
    const result = await callApi<{ reference: string }>(`${conversationPath(conversationId)}/book`, { body: { seq: message.seq, start, driver } });
    setState(result.ok ? { kind: 'done', text: t('booked', { reference: result.data.reference }) } : { kind: 'error', text: result.reason === 'SLOT_TAKEN' ? t('slotTaken') : result.reason === 'BUYER_ALREADY_BOOKED' ? t('alreadyBooked') : t('bookingFailed') });
  };
  if (state.kind === 'done') return <p className="mt-2 font-medium" role="status" data-testid="chat-booked">{state.text}</p>;
  return (
    <div className="mt-2 flex flex-col gap-2 rounded-lg bg-white p-2 text-slate-900" data-testid="chat-slots">
      <p className="text-xs">{t('driverLead')}</p>
      <div className="grid grid-cols-2 gap-1">
        {FIELDS.map((field) => (
          <label key={field} className="flex flex-col text-[11px] text-slate-600">
            {t(`driver.${field}`)}
            <input
              data-testid={`chat-driver-${field}`}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : field === 'licenceIssuedOn' || field === 'birthDate' ? 'date' : 'text'}
              value={driver[field]}
              onChange={(e) => setDriver({ ...driver, [field]: e.target.value })}
              className="rounded border border-slate-300 px-1 py-0.5 text-base text-slate-900 sm:text-xs"
            />
          </label>
        ))}
      </div>
      <ul className="flex flex-wrap gap-1">
        {message.payload.slots.map((slot) => (
          <li key={slot.start}>
            <button type="button" disabled={!complete || state.kind === 'busy'} onClick={() => void book(slot.start)} className="rounded-lg border border-emerald-700 px-2 py-1 text-xs font-medium text-emerald-800 disabled:opacity-50" data-testid="chat-slot" data-start={slot.start}>
              {format.dateTime(new Date(slot.start), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })}
            </button>
          </li>
        ))}
      </ul>
      {state.kind === 'error' ? <p role="alert" className="text-xs text-red-700">{state.text}</p> : null}
    </div>
  );
}
