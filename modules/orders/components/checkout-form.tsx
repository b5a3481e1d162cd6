'use client';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { BuyerDetails } from '../snapshot';
import { ZPlaceOrder, type TCarriedFinancing, type TPlaceOrder } from '../schemas';
import { HandoverPicker, type SlotDay } from './handover-picker';
import { deliveryQuoteKey, HomeDeliveryQuote, useDeliveryQuote } from './home-delivery-quote';
import { useHydrated } from '@/components/ui/use-hydrated';

type Props = {
  source: TPlaceOrder['source'];
  /** `config=CODE` or `vehicle=ID`: what the slot and fee look-ups are about */
  sourceQuery: string;
  dealerships: { id: string; label: string }[] | null;
  /** a stock car is collected (or delivered from) where it stands */
  fixedDealershipId: string | null;
  /** that dealership's name and town, shown to the buyer */
  fixedDealershipLabel?: string | null;
  /** the dealership the buyer last dealt with, preselected; none: the buyer chooses */
  preferredDealershipId: string | null;
  initialSlots: SlotDay[] | null;
  prefill: Partial<BuyerDetails>;
  creditLabel: string;
  /** the financing carried from /financing (the server recomputes it) */
  carried: TCarriedFinancing | null;
  /** the showroom tablet's checkout link token (the order is recorded as started by that salesperson) */
  assist?: string | null;
  /** the car's total shown beside the form, sent with the order (the server refuses another) */
  totalCents: number;
};

/** Delivery, buyer details, financing and the two acceptances; validated here and again on the server. */
export function CheckoutForm({ source, sourceQuery, dealerships, fixedDealershipId, fixedDealershipLabel = null, preferredDealershipId, initialSlots, prefill, creditLabel, carried, assist = null, totalCents }: Props) {
  const t = useTranslations('orders.checkout');
  const td = useTranslations('orders.deliveryChoice');
  const te = useTranslations('orders.errors');
  const form = useRef<HTMLFormElement>(null);
  const initialDealershipId = fixedDealershipId ?? preferredDealershipId ?? '';
  const [dealershipId, setDealershipId] = useState(initialDealershipId);
  const [mode, setMode] = useState<'click_collect' | 'home'>('click_collect');
  const [error, setError] = useState<string | null>(null);
  // Home delivery: the buyer sees the fee and the total with it before the order is placed.
  const deliveryQuote = useDeliveryQuote(sourceQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // The buyer's order of this car that already waits for its deposit (they came back to the checkout).
  const [waitingOrder, setWaitingOrder] = useState<{ id: string; reference: string } | null>(null);
  const hydrated = useHydrated();
  // One key per attempt: a double submit or a retried request places one order. A refusal the buyer
  // corrects (another address, another slot) is a new attempt, with a new key: the server keeps the
  // refusal under the old one and would refuse a different body under it.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const text = (name: string) => {
    const value = form.current ? new FormData(form.current).get(name) : null;
    return typeof value === 'string' ? value : '';
  };

  const homeAddress = () => ({ street: text('street'), postalCode: text('postalCode'), city: text('city') });

  /** The quote for the address as typed now: asked for (and shown, the order not placed) when there is none yet. */
  async function currentDeliveryQuote(): Promise<{ feeCents: number } | 'shown' | 'failed'> {
    const key = deliveryQuoteKey(dealershipId, homeAddress());
    if (deliveryQuote.quote?.key === key) return deliveryQuote.quote;
    const quote = await deliveryQuote.ask(dealershipId, homeAddress());
    if (!quote) return 'failed';
    setNotice(td('checkTotal'));
    return 'shown';
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    let homeFeeCents = 0;
    if (mode === 'home') {
      if (dealerships && !dealershipId) return setError(te('DEALERSHIP_REQUIRED'));
      const quote = await currentDeliveryQuote();
      // Not placed: the fee is shown first (or why there is none).
      if (quote === 'failed' || quote === 'shown') return setError(null);
      homeFeeCents = quote.feeCents;
    }
    const candidate = {
      source,
      dealershipId: dealerships ? dealershipId || null : null,
      details: { firstName: text('firstName'), lastName: text('lastName'), phone: text('phone'), street: text('street'), postalCode: text('postalCode'), city: text('city') },
      financing: text('financing') === 'credit' ? 'credit' : 'cash',
      carried,
      delivery: mode === 'home' ? { mode, feeCents: homeFeeCents } : { mode, handoverStart: text('handoverStart') },
      acceptCgv: text('acceptCgv') === 'on',
      acceptWithdrawalInformation: text('acceptWithdrawalInformation') === 'on',
      assist,
      expectedTotalCents: totalCents,
    };
    const parsed = ZPlaceOrder.safeParse(candidate);
    if (!parsed.success) {
      const slotMissing = parsed.error.issues.some((i) => i.path.includes('handoverStart'));
      return setError(slotMissing ? te('HANDOVER_SLOT_REQUIRED') : te('VALIDATION_FAILED'));
    }
    setPending(true);
    setError(null);
    setWaitingOrder(null);
    const response = await fetch('/api/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(parsed.data),
    });
    const reply = (await response.json()) as { data?: { id: string }; error?: { reason?: string; code?: string; details?: { maxKm?: number; orderId?: string; reference?: string } } };
    if (response.ok && reply.data) return window.location.assign(`/orders/${reply.data.id}`);
    setPending(false);
    setIdempotencyKey(crypto.randomUUID());
    const reason = reply.error?.reason ?? reply.error?.code ?? 'generic';
    const waiting = reply.error?.details;
    if (reason === 'ORDER_ALREADY_PLACED' && waiting?.orderId && waiting.reference) {
      setWaitingOrder({ id: waiting.orderId, reference: waiting.reference });
      return setError(te('ORDER_ALREADY_PLACED', { reference: waiting.reference }));
    }
    if (reason === 'DELIVERY_FEE_CHANGED') deliveryQuote.clear();
    if (reason === 'DELIVERY_OUT_OF_RANGE') return setError(te('DELIVERY_OUT_OF_RANGE', { km: reply.error?.details?.maxKm ?? 0 }));
    setError(te.has(reason) ? te(reason) : te('generic'));
  }

  // A fee shown for another address would mislead: it goes when the address changes.
  function forgetStaleQuote(event: FormEvent<HTMLFormElement>) {
    const name = (event.target as HTMLInputElement).name;
    if (['street', 'postalCode', 'city', 'dealershipId'].includes(name)) {
      deliveryQuote.clear();
      setNotice(null);
    }
  }

  return (
    <form ref={form} onSubmit={submit} onChange={forgetStaleQuote} className="flex min-w-0 max-w-xl flex-col gap-4" noValidate>
      {error ? (
        <Alert tone="error">
          {error}
          {waitingOrder ? (
            <>
              {' '}
              <a href={`/orders/${waitingOrder.id}`} className="font-medium underline" data-testid="waiting-order">
                {te('openWaitingOrder', { reference: waitingOrder.reference })}
              </a>
            </>
          ) : null}
        </Alert>
      ) : null}
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{td('title')}</legend>
        {dealerships ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('dealership')}
            <select name="dealershipId" required className="w-full min-w-0 rounded-lg border border-slate-300 px-3 py-2" value={dealershipId} onChange={(e) => setDealershipId(e.target.value)}>
              {dealershipId === '' ? (
                <option value="" disabled>
                  {t('chooseDealership')}
                </option>
              ) : null}
              {dealerships.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
        ) : fixedDealershipLabel ? (
          <p className="text-sm" data-testid="stock-dealership">
            {t('stockDealership', { dealership: fixedDealershipLabel })}
          </p>
        ) : null}
        <label className="flex items-center gap-2">
          <input type="radio" name="deliveryMode" value="click_collect" checked={mode === 'click_collect'} onChange={() => setMode('click_collect')} /> {td('clickCollect')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="deliveryMode" value="home" checked={mode === 'home'} onChange={() => setMode('home')} /> {td('home')}
        </label>
        {mode === 'click_collect' ? (
          <HandoverPicker sourceQuery={sourceQuery} dealershipId={dealershipId} initialDealershipId={initialDealershipId} initialDays={initialSlots} />
        ) : (
          <HomeDeliveryQuote state={deliveryQuote} onAsk={() => void deliveryQuote.ask(dealershipId, homeAddress())} disabled={dealershipId === ''} />
        )}
      </fieldset>
      <fieldset className="grid min-w-0 gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('buyer')}</legend>
        <Field label={t('firstName')} name="firstName" autoComplete="given-name" required maxLength={80} defaultValue={prefill.firstName} />
        <Field label={t('lastName')} name="lastName" autoComplete="family-name" required maxLength={80} defaultValue={prefill.lastName} />
        <Field label={t('phone')} name="phone" type="tel" autoComplete="tel" required defaultValue={prefill.phone} />
        <Field label={t('street')} name="street" autoComplete="street-address" required maxLength={160} defaultValue={prefill.street} />
        <Field label={t('postalCode')} name="postalCode" autoComplete="postal-code" required inputMode="numeric" pattern="[0-9]{5}" defaultValue={prefill.postalCode} />
        <Field label={t('city')} name="city" autoComplete="address-level2" required maxLength={80} defaultValue={prefill.city} />
      </fieldset>
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-2 text-lg font-semibold">{t('financing')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="financing" value="cash" defaultChecked={!carried} /> {t('cash')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="financing" value="credit" defaultChecked={carried !== null} /> {creditLabel}
        </label>
      </fieldset>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="acceptCgv" required className="mt-1" />{' '}
        <span>
          {t('acceptCgv')}{' '}
          <a href="/legal/cgv" className="underline" target="_blank">
            {t('cgvLink')}
          </a>
        </span>
      </label>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="acceptWithdrawalInformation" required className="mt-1" /> <span>{t('acceptWithdrawal')}</span>
      </label>
      {notice ? (
        <div data-testid="checkout-notice">
          <Alert tone="info">{notice}</Alert>
        </div>
      ) : null}
      <Button type="submit" disabled={pending || deliveryQuote.pending || !hydrated}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
