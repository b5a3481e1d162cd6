'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

type Address = { street: string; postalCode: string; city: string };
/** The fee the server computed, and for which dealership and address (a quote for another address is stale). */
export type DeliveryQuote = { roadKm: number; feeCents: number; totalCents: number; key: string };
type QuoteState = { quote: DeliveryQuote | null; error: string | null; pending: boolean };

export const deliveryQuoteKey = (dealershipId: string, address: Address) =>
  JSON.stringify([dealershipId, address.street.trim().toLowerCase(), address.postalCode.trim(), address.city.trim().toLowerCase()]);

/** Asks the server for the home-delivery fee of an address (the order is priced again when placed, for this fee only). */
export function useDeliveryQuote(sourceQuery: string) {
  const te = useTranslations('orders.errors');
  const td = useTranslations('orders.deliveryChoice');
  const [state, setState] = useState<QuoteState>({ quote: null, error: null, pending: false });
  // Each ask and each clear starts a new generation: a reply to an older ask (the address changed
  // while it was in flight) is dropped rather than shown as the current address's fee.
  const generation = useRef(0);

  async function ask(dealershipId: string, address: Address): Promise<DeliveryQuote | null> {
    // The address fields are further down the form: say so rather than « check the fields ».
    if (address.street.trim().length < 3 || !/^\d{5}$/.test(address.postalCode.trim()) || address.city.trim() === '') {
      setState({ quote: null, error: td('addressFirst'), pending: false });
      return null;
    }
    const mine = ++generation.current;
    setState({ quote: null, error: null, pending: true });
    const query = new URLSearchParams({ ...address, dealershipId });
    try {
      const response = await fetch(`/api/orders/delivery-quote?${sourceQuery}&${query.toString()}`);
      const reply = (await response.json()) as { data?: Omit<DeliveryQuote, 'key'>; error?: { reason?: string; details?: { maxKm?: number } } };
      if (mine !== generation.current) return null;
      if (response.ok && reply.data) {
        const quote = { ...reply.data, key: deliveryQuoteKey(dealershipId, address) };
        setState({ quote, error: null, pending: false });
        return quote;
      }
      const reason = reply.error?.reason ?? 'generic';
      const message = reason === 'DELIVERY_OUT_OF_RANGE' ? te('DELIVERY_OUT_OF_RANGE', { km: reply.error?.details?.maxKm ?? 0 }) : te.has(reason) ? te(reason) : te('generic');
      setState({ quote: null, error: message, pending: false });
    } catch {
      if (mine === generation.current) setState({ quote: null, error: te('generic'), pending: false });
    }
    return null;
  }

  const clear = () => {
    generation.current += 1;
    setState((s) => (s.quote || s.error || s.pending ? { quote: null, error: null, pending: false } : s));
  };
  return { ...state, ask, clear };
}

/** Home delivery: the fee for the address typed in the form and the total with it, as the server computes them. */
export function HomeDeliveryQuote({ state, onAsk, disabled }: { state: QuoteState; onAsk: () => void; disabled: boolean }) {
  const t = useTranslations('orders.deliveryChoice');
  const format = useFormatter();
  const eur = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR', trailingZeroDisplay: 'stripIfInteger' });
  return (
    <div className="flex flex-col gap-2" data-testid="home-delivery">
      <p className="text-sm text-slate-600">{t('homeNote')}</p>
      <div>
        <Button type="button" variant="secondary" onClick={onAsk} disabled={state.pending || disabled}>
          {t('quote')}
        </Button>
      </div>
      <p aria-live="polite" className={state.quote ? 'rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sm font-medium text-sky-900' : 'sr-only'} data-testid="delivery-fee">
        {state.quote ? t('fee', { fee: eur(state.quote.feeCents), km: state.quote.roadKm, total: eur(state.quote.totalCents) }) : ''}
      </p>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
    </div>
  );
}
