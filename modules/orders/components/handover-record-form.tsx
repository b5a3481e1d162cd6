'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ZHandoverRecord } from '../schemas';
import { send } from './send';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * Dealer, at the handover: odometer, keys given, and the buyer types their name and ticks that
 * they received the car. Recording it moves the order to handed_over (the withdrawal period starts).
 */
export function HandoverRecordForm({ orderId, buyerName }: { orderId: string; buyerName: string }) {
  const t = useTranslations('orders.handoverRecord');
  const te = useTranslations('orders.errors');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v.trim() : '';
    };
    const parsed = ZHandoverRecord.safeParse({
      mileageKm: /^\d{1,7}$/.test(value('mileageKm')) ? Number(value('mileageKm')) : -1,
      keys: /^\d{1,2}$/.test(value('keys')) ? Number(value('keys')) : 0,
      signedName: value('signedName'),
      buyerConfirms: form.get('buyerConfirms') === 'on',
    });
    if (!parsed.success) return setError(t('invalid'));
    setPending(true);
    setError(null);
    const result = await send(`/api/dealer/orders/${orderId}/record-handover`, { handover: parsed.data });
    if (result.ok) return window.location.reload();
    setPending(false);
    setError(te.has(result.reason) ? te(result.reason) : te('generic'));
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4" noValidate data-testid="handover-record">
      <h2 className="font-semibold">{t('title')}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('mileage')} name="mileageKm" inputMode="numeric" required />
        <Field label={t('keys')} name="keys" inputMode="numeric" required defaultValue="2" />
      </div>
      <Field label={t('signedName', { name: buyerName })} name="signedName" autoComplete="off" required maxLength={160} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="buyerConfirms" className="mt-1" /> <span>{t('confirm')}</span>
      </label>
      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
