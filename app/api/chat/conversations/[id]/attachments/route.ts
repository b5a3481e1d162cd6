import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { CHAT_MESSAGE_LIMITS } from '@/lib/http/write-limits';
import { ZAttachmentName } from '@/modules/chat';
import { attachFile } from '@/modules/chat/server';
import { MAX_UPLOAD_BODY_BYTES } from '@/modules/orders';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/**
 * POST /api/chat/conversations/:id/attachments (multipart: file, name): an image or a PDF in the
 * thread. Bounded like an order document before it is read; its type comes from its bytes.
 */
export const POST = apiRoute(
  {
    name: 'chat.attachments.upload',
    params: ZConversationParams,
    body: z.strictObject({ name: ZAttachmentName.optional() }),
    multipart: true,
    maxBodyBytes: MAX_UPLOAD_BODY_BYTES,
    limits: [...CHAT_MESSAGE_LIMITS, { rule: { name: 'chat-attachments', points: 20, windowSeconds: 3600 }, by: 'viewer' }],
  },
  async ({ viewer, params, body, files }) => {
    const file = files.file;
    if (!file) throw new AppError('VALIDATION_FAILED', 'Attach the file.', { reason: 'FILE_REQUIRED' });
    return { data: { seq: await attachFile(viewer, params.id, { bytes: file, name: body.name ?? 'file' }) }, status: 201 };
  },
);
