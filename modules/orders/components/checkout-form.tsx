'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { BuyerDetails } from '../snapshot';
import { ZPlaceOrder, type TPlaceOrder } from '../schemas';

type Props = {
  source: TPlaceOrder['source'];
  dealerships: { id: string; label: string }[] | null;
  prefill: Partial<BuyerDetails>;
  creditLabel: string;
};

/** Buyer details, collection dealership, financing and the two acceptances; validated here and again on the server. */
export function CheckoutForm({ source, dealerships, prefill, creditLabel }: Props) {
  const t = useTranslations('orders.checkout');
  const te = useTranslations('orders.errors');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // One key per checkout: a double submit or a retried request places one order.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const candidate = {
      source,
      dealershipId: dealerships ? text('dealershipId') || null : null,
      details: {
        firstName: text('firstName'),
        lastName: text('lastName'),
        phone: text('phone'),
        street: text('street'),
        postalCode: text('postalCode'),
        city: text('city'),
      },
      financing: text('financing') === 'credit' ? 'credit' : 'cash',
      acceptCgv: form.get('acceptCgv') === 'on',
      acceptWithdrawalInformation: form.get('acceptWithdrawalInformation') === 'on',
    };
    const parsed = ZPlaceOrder.safeParse(candidate);
    if (!parsed.success) return setError(te('VALIDATION_FAILED'));
    setPending(true);
    setError(null);
    const response = await fetch('/api/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(parsed.data),
    });
    const reply = (await response.json()) as { data?: { id: string }; error?: { reason?: string; code?: string } };
    if (response.ok && reply.data) return window.location.assign(`/orders/${reply.data.id}`);
    setPending(false);
    const reason = reply.error?.reason ?? reply.error?.code ?? 'generic';
    setError(te.has(reason) ? te(reason) : te('generic'));
  }

  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t('delivery')}</legend>
        <p className="text-sm text-slate-600">{t('deliveryNote')}</p>
        {dealerships ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t('dealership')}
            <select name="dealershipId" required className="rounded-lg border border-slate-300 px-3 py-2" defaultValue={dealerships[0]?.id}>
              {dealerships.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('buyer')}</legend>
        <Field label={t('firstName')} name="firstName" autoComplete="given-name" required maxLength={80} defaultValue={prefill.firstName} />
        <Field label={t('lastName')} name="lastName" autoComplete="family-name" required maxLength={80} defaultValue={prefill.lastName} />
        <Field label={t('phone')} name="phone" type="tel" autoComplete="tel" required defaultValue={prefill.phone} />
        <Field label={t('street')} name="street" autoComplete="street-address" required maxLength={160} defaultValue={prefill.street} />
        <Field
          label={t('postalCode')}
          name="postalCode"
          autoComplete="postal-code"
          required
          inputMode="numeric"
          pattern="[0-9]{5}"
          defaultValue={prefill.postalCode}
        />
        <Field label={t('city')} name="city" autoComplete="address-level2" required maxLength={80} defaultValue={prefill.city} />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-lg font-semibold">{t('financing')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="financing" value="cash" defaultChecked /> {t('cash')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="financing" value="credit" /> {creditLabel}
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
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
