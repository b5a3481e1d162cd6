import { apiRoute } from '@/lib/http/route';
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BODY_BYTES, ZOrderId, ZUploadFields } from '@/modules/orders';
import { uploadBuyerDocument } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/orders/:id/documents (multipart: kind, iban for bank details, file): the buyer uploads
 * one document of their own order. The whole body is bounded before it is read; the file's type
 * comes from its bytes. Another buyer's order or a guessed id is a 404.
 */
export const POST = apiRoute(
  {
    name: 'orders.documents.upload',
    params: ZOrderId,
    body: ZUploadFields,
    multipart: true,
    maxBodyBytes: MAX_UPLOAD_BODY_BYTES,
    roles: ['customer'],
    limits: [{ rule: { name: 'orders-upload', points: 30, windowSeconds: 3600 }, by: 'viewer' }],
  },
  async ({ params, body, files, viewer }) => {
    const file = files.file;
    if (!file) throw new AppError('VALIDATION_FAILED', 'Attach the file.', { reason: 'FILE_REQUIRED' });
    const uploaded = await uploadBuyerDocument({ orderId: params.id, buyerId: viewer!.id, kind: body.kind, iban: body.iban, bytes: file });
    return { data: uploaded, status: 201 };
  },
);
