'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { DocumentKind, DocumentStatus } from '../paperwork';
import { send } from './send';

export type DocumentRow = { kind: DocumentKind; id: string | null; status: DocumentStatus | null; reviewReason: string | null; ibanMasked: string | null };

/**
 * The buyer's paperwork: one line per document the order needs, its review status, the staff's
 * reason when rejected, and a form to (re-)upload it. The server judges the file from its bytes.
 */
export function DocumentUploads({ orderId, rows, maxMegabytes }: { orderId: string; rows: DocumentRow[]; maxMegabytes: number }) {
  const t = useTranslations('paperwork');
  return (
    <ul className="flex flex-col gap-3" data-testid="paperwork">
      {rows.map((row) => (
        <li key={row.kind} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3" data-testid={`document-${row.kind}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium">{t(`kinds.${row.kind}`)}</span>
            <span className="text-sm" data-testid={`document-status-${row.kind}`}>
              {t(`status.${row.status ?? 'missing'}`)}
            </span>
          </div>
          {row.status === 'rejected' && row.reviewReason ? <p className="text-sm text-red-700">{t('rejectedBecause', { reason: row.reviewReason })}</p> : null}
          {row.ibanMasked ? <p className="text-sm text-slate-600">IBAN {row.ibanMasked}</p> : null}
          {row.id ? (
            <a className="text-sm underline" href={`/api/orders/${orderId}/documents/${row.id}`}>
              {t('download')}
            </a>
          ) : null}
          {row.status !== 'accepted' && row.status !== 'pending' ? <UploadForm orderId={orderId} kind={row.kind} maxMegabytes={maxMegabytes} /> : null}
        </li>
      ))}
    </ul>
  );
}

function UploadForm({ orderId, kind, maxMegabytes }: { orderId: string; kind: DocumentKind; maxMegabytes: number }) {
  const t = useTranslations('paperwork');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await send(`/api/orders/${orderId}/documents`, new FormData(event.currentTarget));
    setPending(false);
    if (!result.ok) return setError(t.has(`errors.${result.reason}`) ? t(`errors.${result.reason}`) : t('errors.generic'));
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" encType="multipart/form-data">
      <input type="hidden" name="kind" value={kind} />
      {kind === 'bank_details' ? (
        <label className="flex flex-col gap-1 text-sm">
          {t('iban')}
          <input name="iban" required autoComplete="off" className="rounded-lg border border-slate-300 px-3 py-2" data-testid="iban" />
        </label>
      ) : null}
      <label className="flex flex-col gap-1 text-sm">
        {t('file', { max: maxMegabytes })}
        <input type="file" name="file" required accept="application/pdf,image/jpeg,image/png" data-testid={`file-${kind}`} />
      </label>
      <div>
        <Button type="submit" disabled={pending} data-testid={`upload-${kind}`}>
          {pending ? t('uploading') : t('upload')}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
