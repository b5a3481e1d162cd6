'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { send } from './send';

/**
 * The buyer signs the order form: read it, type their name, get a one-time code by e-mail, enter
 * it. The server does the rest (one signature, evidence page, SHA-256).
 */
export function SignaturePanel({ orderId, defaultName }: { orderId: string; defaultName: string }) {
  const t = useTranslations('paperwork');
  const router = useRouter();
  const [step, setStep] = useState<'name' | 'code'>('name');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: string) => setError(t.has(`errors.${reason}`) ? t(`errors.${reason}`) : t('errors.generic'));

  async function askCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await send(`/api/orders/${orderId}/signature/code`, { name: new FormData(event.currentTarget).get('name') });
    setPending(false);
    if (!result.ok) return fail(result.reason);
    setStep('code');
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await send(`/api/orders/${orderId}/signature`, { code: new FormData(event.currentTarget).get('code') });
    setPending(false);
    if (!result.ok) return fail(result.reason);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      <a className="text-sm underline" href={`/api/orders/${orderId}/order-form?view=1`} target="_blank" rel="noopener" data-testid="read-order-form">
        {t('readForm')}
      </a>
      {step === 'name' ? (
        <form onSubmit={askCode} className="flex flex-col gap-2">
          <label className="flex flex-col gap-1 text-sm">
            {t('typeName')}
            <input
              name="name"
              required
              minLength={2}
              maxLength={160}
              defaultValue={defaultName}
              className="rounded-lg border border-slate-300 px-3 py-2"
              data-testid="signer-name"
            />
          </label>
          <p className="text-xs text-slate-600">{t('consent')}</p>
          <div>
            <Button type="submit" disabled={pending} data-testid="send-signature-code">
              {t('sendCode')}
            </Button>
          </div>
        </form>
      ) : (
        <form onSubmit={confirm} className="flex flex-col gap-2">
          <p className="text-sm" role="status">
            {t('codeSent')}
          </p>
          <label className="flex flex-col gap-1 text-sm">
            {t('code')}
            <input
              name="code"
              required
              inputMode="numeric"
              pattern="[0-9]{6}"
              autoComplete="one-time-code"
              className="rounded-lg border border-slate-300 px-3 py-2"
              data-testid="signature-code"
            />
          </label>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending} data-testid="confirm-signature">
              {t('sign')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setStep('name')}>
              {t('newCode')}
            </Button>
          </div>
        </form>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
