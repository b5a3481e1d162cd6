import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { MAX_BODY_BYTES, readJsonBody, readTextBody } from './body';

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://localhost/api/configurations', { method: 'POST', body, headers });

const reason = async (request: Request) => {
  try {
    await readJsonBody(request);
  } catch (error) {
    if (error instanceof AppError) return `${error.status} ${error.reason}`;
    throw error;
  }
  return 'ok';
};

describe('readJsonBody', () => {
  it('parses a small JSON body', async () => {
    expect(await readJsonBody(post('{"model":"horizon"}'))).toEqual({ model: 'horizon' });
  });

  it('refuses bodies over the limit with 413, even without a Content-Length', async () => {
    const big = JSON.stringify({ model: 'horizon', pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect(await reason(post(big))).toBe('413 PAYLOAD_TOO_LARGE');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = new Request('http://localhost/x', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(await reason(chunked)).toBe('413 PAYLOAD_TOO_LARGE');
  });

  it('answers 400 for invalid JSON or another media type', async () => {
    expect(await reason(post('{model'))).toBe('400 INVALID_JSON');
    expect(await reason(post('{}', { 'content-type': 'text/plain' }))).toBe('400 UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('readTextBody', () => {
  it('stops reading an endless body at the limit (413) instead of buffering it', async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(16 * 1024).fill(97));
      },
    });
    const request = new Request('http://localhost/api/payments/webhook', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    await expect(readTextBody(request, 64 * 1024)).rejects.toMatchObject({ status: 413, reason: 'PAYLOAD_TOO_LARGE' });
    // 64 KiB in 16 KiB chunks: the fifth chunk passes the limit; the stream may have queued one more.
    expect(pulls).toBeLessThanOrEqual(6);
  });

  it('gives the exact text under the limit, whatever the media type', async () => {
    const request = new Request('http://localhost/x', { method: 'POST', body: '{"id":"evt_1"}', headers: { 'content-type': 'text/plain' } });
    expect(await readTextBody(request, 1024)).toBe('{"id":"evt_1"}');
  });
});
