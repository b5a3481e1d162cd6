'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SlotSelect, type SlotDay } from './handover-picker';
import { send } from './send';
import { useHydrated } from '@/components/ui/use-hydrated';

const SHOWN_DAYS = 14;

/**
 * Book or move the handover on a free slot of the engine (the server checks it again): the dealer's
 * form by default, the buyer's with their own `endpoint` and `testId`.
 */
export function HandoverBooking({ orderId, days, moving, endpoint, testId = 'dealer-handover-slot' }: { orderId: string; days: SlotDay[]; moving: boolean; endpoint?: string; testId?: string }) {
  const t = useTranslations('orders.handover');
  const te = useTranslations('orders.errors');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const start = new FormData(event.currentTarget).get('handoverStart');
    if (typeof start !== 'string' || start === '') return setError(te('HANDOVER_SLOT_REQUIRED'));
    setPending(true);
    const result = await send(endpoint ?? `/api/dealer/orders/${orderId}/book-handover`, { handoverStart: start });
    if (result.ok) return window.location.reload();
    setPending(false);
    setError(te.has(result.reason) ? te(result.reason) : te('generic'));
  }

  if (days.length === 0) return <Alert tone="info">{t('none')}</Alert>;
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" data-testid="handover-booking">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <SlotSelect days={days.slice(0, SHOWN_DAYS)} label={moving ? t('move') : t('book')} testId={testId} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending || !hydrated}>
          {moving ? t('moveSubmit') : t('bookSubmit')}
        </Button>
      </div>
    </form>
  );
}
