import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { MAX_UPLOAD_BYTES, requiredDocuments } from '../paperwork';
import type { OrderDocumentView } from '../server/paperwork';
import type { SignatureStatus } from '../server/signature';
import type { FinancingChoice } from '../snapshot';
import { DocumentReview } from './document-review';
import { DocumentUploads, type DocumentRow } from './document-uploads';
import { SignaturePanel } from './signature-panel';
import { withSiteDates } from '@/lib/i18n/format';

type Props = {
  orderId: string;
  /** the buyer uploads and signs; staff review and download */
  as: 'buyer' | 'staff';
  live: boolean;
  financing: FinancingChoice;
  documents: OrderDocumentView[];
  signature: SignatureStatus | null;
  buyerName: string;
};

/** The order's paperwork (documents and the signed order form), for the buyer or the dealership's staff. */
export async function PaperworkSection({ orderId, as, live, financing, documents, signature, buyerName }: Props) {
  const t = await getTranslations('paperwork');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const rows: DocumentRow[] = requiredDocuments(financing).map((kind) => {
    const doc = documents.find((d) => d.kind === kind);
    return { kind, id: doc?.id ?? null, status: doc?.status ?? null, reviewReason: doc?.reviewReason ?? null, ibanMasked: doc?.ibanMasked ?? null };
  });
  const formUrl = `/api/orders/${orderId}/order-form`;
  return (
    <section aria-labelledby="paperwork-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 p-4">
      <h2 id="paperwork-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      {as === 'buyer' ? (
        live ? (
          <DocumentUploads orderId={orderId} rows={rows} maxMegabytes={Math.round(MAX_UPLOAD_BYTES / 1024 / 1024)} />
        ) : null
      ) : (
        <ul className="flex flex-col gap-3" data-testid="paperwork">
          {rows.map((row) => (
            <li key={row.kind} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3" data-testid={`document-${row.kind}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">{t(`kinds.${row.kind}`)}</span>
                <span className="text-sm" data-testid={`document-status-${row.kind}`}>
                  {t(`status.${row.status ?? 'missing'}`)}
                </span>
              </div>
              {row.ibanMasked ? <p className="text-sm text-slate-600">IBAN {row.ibanMasked}</p> : null}
              {row.id ? (
                <a className="text-sm underline" href={`/api/orders/${orderId}/documents/${row.id}`} data-testid={`download-${row.kind}`}>
                  {t('download')}
                </a>
              ) : null}
              {row.id && row.status === 'pending' ? <DocumentReview orderId={orderId} documentId={row.id} kind={row.kind} /> : null}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-2" data-testid="order-form">
        <h3 className="font-semibold">{t('formTitle')}</h3>
        {signature ? (
          <>
            <Alert tone={signature.intact ? 'success' : 'error'}>
              <span data-testid="signature-status">
                {t('signedBy', {
                  name: signature.signerName,
                  date: format.dateTime(signature.signedAt, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: 'Europe/Paris' }),
                })}{' '}
                {signature.intact ? t('intact') : t('tampered')}
              </span>
            </Alert>
            <p className="break-all text-xs text-slate-600">SHA-256 {signature.signedSha256}</p>
            <p className="text-sm text-slate-700" data-testid="seal-status">
              {signature.sealStatus === 'valid' && signature.seal
                ? t('sealValid', { seller: signature.seal.signerCommonName })
                : signature.sealStatus === 'unknown-certificate'
                  ? t('sealUnknownCertificate')
                  : t('sealBroken')}
            </p>
            <a className="text-sm underline" href={formUrl} data-testid="download-signed-form">
              {t('downloadSigned')}
            </a>
          </>
        ) : as === 'buyer' && live ? (
          <SignaturePanel orderId={orderId} defaultName={buyerName} />
        ) : (
          <>
            <p className="text-sm">{t('notSigned')}</p>
            <a className="text-sm underline" href={formUrl}>
              {t('readForm')}
            </a>
          </>
        )}
      </div>
    </section>
  );
}
