import { z } from 'zod';
import { fileResponse } from '@/lib/http/file-response';
import { apiRoute } from '@/lib/http/route';
import { readAttachment } from '@/modules/chat/server';

export const dynamic = 'force-dynamic';

const ZParams = z.object({ id: z.string().min(1).max(64), seq: z.coerce.number().int().min(1).max(1_000_000_000) });

/** GET /api/chat/conversations/:id/attachments/:seq: the file, for the conversation's buyer and its staff only (else 404). */
export const GET = apiRoute({ name: 'chat.attachments.download', params: ZParams }, async ({ viewer, params }) => {
  const file = await readAttachment(viewer, params.id, params.seq);
  return fileResponse(file.bytes, { contentType: file.contentType, filename: file.name, inline: file.contentType.startsWith('image/') });
});
