'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AttachmentPayload, ChatMessageView, FinancingPayload, HoldOfferPayload, HoldPayload, OrderLinkPayload } from '../types';
import { callApi, conversationPath } from './chat-api';
import { withSiteDates } from '@/lib/i18n/format';

const has = <K extends string>(payload: unknown, ...keys: K[]): payload is Record<K, unknown> => typeof payload === 'object' && payload !== null && keys.every((key) => key in payload);
const sameSite = (href: unknown): href is string => typeof href === 'string' && /^\/(?!\/)/.test(href);

/**
 * The rich part of a message, on both sides: the figures and links come from the payload the
 * server computed (never recomputed here); the buyer's one-click action (holding the car) calls
 * the server, which re-checks everything.
 */
export function RichCard({ conversationId, message, side }: { conversationId: string; message: ChatMessageView; side: 'buyer' | 'advisor' }) {
  const t = useTranslations('chat');
  const format = withSiteDates(useFormatter(), useLocale());
  const locale = useLocale() === 'en' ? 'en' : 'fr';
  const euros = (cents: number, digits = 0) => format.number(cents / 100, { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits });
  const p = message.payload;
  if (message.kind === 'financing' && has<keyof FinancingPayload>(p, 'href', 'monthlyCents', 'months', 'productName') && sameSite(p.href)) {
    const offer = p as FinancingPayload;
    return (
      <div className="mt-2 rounded-lg bg-white p-2 text-slate-900" data-testid="chat-financing">
        <p className="text-xs text-slate-600">{offer.productName[locale]}</p>
        <p className="text-lg font-semibold tabular-nums" data-testid="chat-financing-monthly">{t('perMonth', { amount: euros(offer.monthlyCents, 2), months: offer.months })}</p>
        <p className="text-xs text-slate-600">{t('depositOf', { amount: euros(offer.cashDepositCents) })}</p>
        <Link href={offer.href} className="mt-1 inline-block rounded-lg bg-slate-900 px-3 py-1.5 text-sm font-medium text-white" data-testid="chat-financing-open">
          {t('openFinancing')}
        </Link>
      </div>
    );
  }
  if (message.kind === 'hold_offer' && has<keyof HoldOfferPayload>(p, 'vehicleId', 'vin', 'dealershipName', 'priceCents')) {
    return <HoldOffer conversationId={conversationId} seq={message.seq} offer={p as HoldOfferPayload} side={side} price={euros((p as HoldOfferPayload).priceCents)} />;
  }
  if (message.kind === 'hold' && has<keyof HoldPayload>(p, 'expiresAt')) {
    return <p className="mt-1 text-xs" data-testid="chat-hold-placed">{t('holdPlaced', { until: format.dateTime(new Date((p as HoldPayload).expiresAt), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' }) })}</p>;
  }
  if (message.kind === 'order_link' && has<keyof OrderLinkPayload>(p, 'href', 'reference') && sameSite(p.href)) {
    return (
      <Link href={p.href} className="mt-2 inline-block rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-slate-900 underline" data-testid="chat-order-link">
        {t('continueOrder', { reference: String(p.reference) })}
      </Link>
    );
  }
  if (message.kind === 'attachment' && has<keyof AttachmentPayload>(p, 'contentType', 'name')) {
    const href = `${conversationPath(conversationId)}/attachments/${message.seq}`;
    const image = String(p.contentType).startsWith('image/');
    return (
      <a href={href} target="_blank" rel="noopener" className="mt-2 block text-sm underline" data-testid="chat-attachment">
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- an authorised route (the session cookie), not an optimisable public image
          <img src={href} alt={String(p.name)} className="max-h-40 max-w-full rounded" />
        ) : (
          <span>📄 {String(p.name)}</span>
        )}
      </a>
    );
  }
  return null;
}

function HoldOffer({ conversationId, seq, offer, side, price }: { conversationId: string; seq: number; offer: HoldOfferPayload; side: 'buyer' | 'advisor'; price: string }) {
  const t = useTranslations('chat');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text?: string }>({ kind: 'idle' });
  const hold = async () => {
    setState({ kind: 'busy' });
    const result = await callApi<HoldPayload>(`${conversationPath(conversationId)}/hold`, { body: { seq } });
    if (result.ok) setState({ kind: 'done' });
    else setState({ kind: 'error', text: result.status === 409 ? t('holdUnavailable') : result.reason === 'RATE_LIMITED' ? t('tooFast') : t('holdFailed') });
  };
  return (
    <div className="mt-2 rounded-lg bg-white p-2 text-slate-900" data-testid="chat-hold-offer">
      <p className="text-sm font-medium">{t('stockCar', { model: offer.modelCode, dealership: offer.dealershipName })}</p>
      <p className="text-xs text-slate-600">VIN {offer.vin} · {price}</p>
      {side === 'buyer' ? (
        state.kind === 'done' ? (
          <p role="status" className="mt-1 text-sm font-medium text-emerald-800" data-testid="chat-hold-done">{t('holdDone')}</p>
        ) : (
          <button type="button" disabled={state.kind === 'busy'} onClick={() => void hold()} className="mt-1 rounded-lg bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50" data-testid="chat-hold-accept">
            {t('holdThisCar')}
          </button>
        )
      ) : null}
      {state.kind === 'error' ? <p role="alert" className="text-xs text-red-700">{state.text}</p> : null}
    </div>
  );
}
