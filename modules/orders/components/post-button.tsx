'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

type Props = {
  endpoint: string;
  body?: unknown;
  label: string;
  pendingLabel?: string;
  /** Two clicks: the first reveals this confirmation button. */
  confirmLabel?: string;
  /** After success: follow `data.url` from the reply, go to a page, or reload this one. */
  then: 'follow-url' | 'reload' | { href: string };
  variant?: 'primary' | 'secondary';
  testId?: string;
};

/** A button that POSTs JSON to one of the app's API routes and shows the error in the user's language. */
export function PostButton({ endpoint, body, label, pendingLabel, confirmLabel, then, variant = 'primary', testId }: Props) {
  const t = useTranslations('orders.errors');
  const [armed, setArmed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send() {
    if (confirmLabel && !armed) return setArmed(true);
    setPending(true);
    setError(null);
    try {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
      const reply = (await response.json()) as { data?: { url?: string }; error?: { reason?: string; code?: string } };
      if (!response.ok) {
        const key =
          reply.error?.reason && t.has(reply.error.reason) ? reply.error.reason : reply.error?.code && t.has(reply.error.code) ? reply.error.code : 'generic';
        setError(t(key));
        setPending(false);
        return;
      }
      if (then === 'follow-url' && reply.data?.url) window.location.assign(reply.data.url);
      else if (then === 'reload' || then === 'follow-url') window.location.reload();
      else window.location.assign(then.href);
    } catch {
      setError(t('generic'));
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col items-start gap-2">
      <Button type="button" variant={armed ? 'primary' : variant} onClick={send} disabled={pending} data-testid={testId}>
        {pending && pendingLabel ? pendingLabel : armed && confirmLabel ? confirmLabel : label}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
