'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { BALANCE_METHODS, type BalanceMethod } from '../schemas';
import { send } from './send';

/** Dealer: the balance received, and how (the amount is the order's: staff never type it). */
export function BalanceForm({ orderId, amount, defaultMethod }: { orderId: string; amount: string; defaultMethod: BalanceMethod }) {
  const t = useTranslations('orders.balance');
  const te = useTranslations('orders.errors');
  const [method, setMethod] = useState<BalanceMethod>(defaultMethod);
  const [armed, setArmed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();

  async function submit() {
    // Two clicks: money recorded as received cannot be taken back from this page.
    if (!armed) return setArmed(true);
    setPending(true);
    setError(null);
    const result = await send(`/api/dealer/orders/${orderId}/record-balance`, { balanceMethod: method });
    if (result.ok) return window.location.reload();
    setPending(false);
    setArmed(false);
    setError(te.has(result.reason) ? te(result.reason) : te('generic'));
  }

  return (
    <div className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4" data-testid="balance-form">
      <h2 className="font-semibold">{t('title')}</h2>
      <p className="text-sm">{t('due', { amount })}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('method')}
        <select className="rounded-lg border border-slate-300 px-3 py-2" value={method} onChange={(e) => { setMethod(e.target.value as BalanceMethod); setArmed(false); }}>
          {BALANCE_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`methods.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <div>
        <Button type="button" onClick={submit} disabled={pending || !hydrated} variant={armed ? 'primary' : 'secondary'}>
          {armed ? t('confirm', { amount, method: t(`methods.${method}`) }) : t('record')}
        </Button>
      </div>
    </div>
  );
}
