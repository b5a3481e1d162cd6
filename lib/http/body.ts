import { AppError } from '@/lib/errors';

/** Default bound of a JSON body: API payloads are a few kilobytes at most. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a body without trusting Content-Length: the stream is cut as soon as it passes the limit,
 * so an oversized body is refused (413) before it is parsed or stored.
 */
async function readBoundedBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
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
  return new Uint8Array(Buffer.concat(chunks));
}

/** A raw text body (a signed webhook's, checked byte for byte before any parsing), cut at `limit`. */
export async function readTextBody(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBoundedBytes(request, limit));
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase();

export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (!mediaType(request).includes('application/json')) {
    throw new AppError('BAD_REQUEST', 'Send the body as application/json.', { reason: 'UNSUPPORTED_MEDIA_TYPE' });
  }
  const text = new TextDecoder().decode(await readBoundedBytes(request, limit));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('BAD_REQUEST', 'The body is not valid JSON.', { reason: 'INVALID_JSON' });
  }
}

/** A multipart form: its text fields (for the route's zod schema) and its files' bytes, by field name. */
export type MultipartBody = { fields: Record<string, string>; files: Record<string, Uint8Array> };

/**
 * Reads a multipart/form-data body under the same bound as JSON bodies (the whole body, files
 * included, is cut at `limit` before parsing). A field sent twice is refused rather than guessed.
 * File names and declared types are dropped: only the bytes are kept, for the caller to judge.
 */
export async function readMultipartBody(request: Request, limit: number): Promise<MultipartBody> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('BAD_REQUEST', 'Send the body as multipart/form-data.', { reason: 'UNSUPPORTED_MEDIA_TYPE' });
  }
  const bytes = await readBoundedBytes(request, limit);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new AppError('BAD_REQUEST', 'The body is not a valid multipart form.', { reason: 'INVALID_MULTIPART' });
  }
  const body: MultipartBody = { fields: {}, files: {} };
  for (const [name, value] of form.entries()) {
    if (name in body.fields || name in body.files) throw new AppError('BAD_REQUEST', `The field ${name} is sent twice.`, { reason: 'DUPLICATE_FIELD' });
    if (typeof value === 'string') body.fields[name] = value;
    else body.files[name] = new Uint8Array(await value.arrayBuffer());
  }
  return body;
}

function tooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The body must not exceed ${limit} bytes.`, { reason: 'PAYLOAD_TOO_LARGE', details: { limitBytes: limit } });
}
