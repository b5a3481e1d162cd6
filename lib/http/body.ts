import { AppError } from '@/lib/errors';

/** Default bound of a JSON body: API payloads are a few kilobytes at most. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON body without trusting Content-Length: the stream is cut as soon as it passes the
 * limit, so an oversized body is refused (413) before it is parsed or stored.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().includes('application/json')) {
    throw new AppError('BAD_REQUEST', 'Send the body as application/json.', { reason: 'UNSUPPORTED_MEDIA_TYPE' });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('BAD_REQUEST', 'The body is not valid JSON.', { reason: 'INVALID_JSON' });
  }
}

function tooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The body must not exceed ${limit} bytes.`, { reason: 'PAYLOAD_TOO_LARGE', details: { limitBytes: limit } });
}
