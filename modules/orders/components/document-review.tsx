'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { send } from './send';

/** Dealer staff: accept a pending document, or reject it with the reason the buyer will read. */
export function DocumentReview({ orderId, documentId, kind }: { orderId: string; documentId: string; kind: string }) {
  const t = useTranslations('paperwork');
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const endpoint = `/api/dealer/orders/${orderId}/documents/${documentId}`;

  async function review(body: { decision: 'accept' } | { decision: 'reject'; reason: string }) {
    setPending(true);
    setError(null);
    const result = await send(endpoint, body);
    setPending(false);
    if (!result.ok) return setError(t.has(`errors.${result.reason}`) ? t(`errors.${result.reason}`) : t('errors.generic'));
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <Button type="button" disabled={pending} onClick={() => review({ decision: 'accept' })} data-testid={`accept-${kind}`}>
          {t('accept')}
        </Button>
        <label className="flex flex-col gap-1 text-sm">
          {t('rejectReason')}
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={300}
            className="rounded-lg border border-slate-300 px-3 py-2"
            data-testid={`reason-${kind}`}
          />
        </label>
        <Button
          type="button"
          variant="secondary"
          disabled={pending || reason.trim().length < 3}
          onClick={() => review({ decision: 'reject', reason })}
          data-testid={`reject-${kind}`}
        >
          {t('reject')}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
