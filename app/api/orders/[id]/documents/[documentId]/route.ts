import { AppError } from '@/lib/errors';
import { fileResponse } from '@/lib/http/file-response';
import { apiRoute } from '@/lib/http/route';
import { ACCEPTED_UPLOAD_TYPES, ZOrderDocument } from '@/modules/orders';
import { downloadOrderDocument, reachOf } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/** GET /api/orders/:id/documents/:documentId: the file, for the order's buyer and its dealership's staff only (else 404). */
export const GET = apiRoute(
  { name: 'orders.documents.download', params: ZOrderDocument, roles: ['customer', 'dealer_staff', 'dealer_manager'] },
  async ({ params, viewer }) => {
    const reach = reachOf(viewer!);
    const file = reach ? await downloadOrderDocument(params.id, params.documentId, reach) : null;
    if (!file) throw new AppError('NOT_FOUND', 'No such document.', { reason: 'DOCUMENT_NOT_FOUND' });
    const extension = ACCEPTED_UPLOAD_TYPES[file.contentType as keyof typeof ACCEPTED_UPLOAD_TYPES] ?? 'bin';
    return fileResponse(file.bytes, { contentType: file.contentType, filename: `${file.reference}-${file.kind}.${extension}` });
  },
);
