'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { send } from './send';

/** At checkout, for an account whose e-mail is not confirmed yet: the link comes back to this very checkout. */
export function VerifyEmailPanel({ next, email }: { next: string; email: string }) {
  const t = useTranslations('checkoutAccount');
  const [state, setState] = useState<'idle' | 'pending' | 'sent' | 'error'>('idle');

  async function ask() {
    setState('pending');
    const result = await send('/api/orders/email-verification', { next });
    setState(result.ok ? 'sent' : 'error');
  }

  return (
    <section aria-labelledby="verify-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4" data-testid="verify-email">
      <h2 id="verify-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm">{t('lead', { email })}</p>
      <div>
        <Button type="button" onClick={ask} disabled={state === 'pending' || state === 'sent'} data-testid="send-verification">
          {t('send')}
        </Button>
      </div>
      {state === 'sent' ? <Alert tone="success">{t('sent', { email })}</Alert> : null}
      {state === 'error' ? <Alert tone="error">{t('error')}</Alert> : null}
    </section>
  );
}
