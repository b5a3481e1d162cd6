'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * The test provider's pay / decline buttons: fetch a Stripe-shaped event signed with the test
 * secret, then post it, raw, to the same webhook Stripe would call.
 */
export function TestPaymentButtons({ sessionId, orderId }: { sessionId: string; orderId: string }) {
  const t = useTranslations('orders.testPayment');
  const te = useTranslations('orders.errors');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);

  async function send(outcome: 'pay' | 'decline') {
    setPending(true);
    setMessage(null);
    try {
      const signed = await fetch('/api/payments/test-event', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId, outcome }),
      });
      const reply = (await signed.json()) as { data?: { body: string; signature: string } };
      if (!signed.ok || !reply.data) throw new Error('test-event');
      const delivered = await fetch('/api/payments/webhook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': reply.data.signature },
        body: reply.data.body,
      });
      if (!delivered.ok) throw new Error('webhook');
      if (outcome === 'pay') return window.location.assign(`/orders/${orderId}?paid=1`);
      setMessage({ tone: 'info', text: t('declined') });
    } catch {
      setMessage({ tone: 'error', text: te('generic') });
    }
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => send('pay')} disabled={pending} data-testid="test-pay">
          {t('pay')}
        </Button>
        <Button variant="secondary" onClick={() => send('decline')} disabled={pending} data-testid="test-decline">
          {t('decline')}
        </Button>
      </div>
    </div>
  );
}
