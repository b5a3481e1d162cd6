'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

type Quote = { roadKm: number; feeCents: number; totalCents: number };

/** Home delivery: the fee for the address typed in the form, as the server computes it (the order is priced again when placed). */
export function HomeDeliveryQuote({ sourceQuery, dealershipId, address }: { sourceQuery: string; dealershipId: string; address: () => { street: string; postalCode: string; city: string } }) {
  const t = useTranslations('orders.deliveryChoice');
  const te = useTranslations('orders.errors');
  const format = useFormatter();
  const eur = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR' });
  const [state, setState] = useState<{ quote: Quote | null; error: string | null; pending: boolean }>({ quote: null, error: null, pending: false });

  async function ask() {
    setState({ quote: null, error: null, pending: true });
    const query = new URLSearchParams({ ...address(), dealershipId });
    try {
      const response = await fetch(`/api/orders/delivery-quote?${sourceQuery}&${query.toString()}`);
      const reply = (await response.json()) as { data?: Quote; error?: { reason?: string; details?: { maxKm?: number } } };
      if (response.ok && reply.data) return setState({ quote: reply.data, error: null, pending: false });
      const reason = reply.error?.reason ?? 'generic';
      const message = reason === 'DELIVERY_OUT_OF_RANGE' ? te('DELIVERY_OUT_OF_RANGE', { km: reply.error?.details?.maxKm ?? 0 }) : te.has(reason) ? te(reason) : te('generic');
      setState({ quote: null, error: message, pending: false });
    } catch {
      setState({ quote: null, error: te('generic'), pending: false });
    }
  }

  return (
    <div className="flex flex-col gap-2" data-testid="home-delivery">
      <p className="text-sm text-slate-600">{t('homeNote')}</p>
      <div>
        <Button type="button" variant="secondary" onClick={ask} disabled={state.pending || dealershipId === ''}>
          {t('quote')}
        </Button>
      </div>
      <p aria-live="polite" className="text-sm" data-testid="delivery-fee">
        {state.quote ? t('fee', { fee: eur(state.quote.feeCents), km: state.quote.roadKm, total: eur(state.quote.totalCents) }) : ''}
      </p>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
    </div>
  );
}
