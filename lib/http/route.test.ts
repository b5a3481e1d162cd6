import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { apiRoute as ApiRouteFn } from './route';

type ApiRoute = typeof ApiRouteFn;
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';

// The pipeline without a database: the viewer is mocked, no route here has abuse limits.
let viewer: Viewer | null = null;
vi.mock('@/lib/session', () => ({ getViewer: async () => viewer, homeFor: (role: string) => (role === 'admin' ? '/admin' : '/') }));

// The module is imported after the env stubs below; only its type is needed up front.
let apiRoute: ApiRoute;
beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', 'postgresql://unused@127.0.0.1:1/unused');
  vi.stubEnv('BETTER_AUTH_SECRET', 'x'.repeat(40));
  vi.stubEnv('APP_URL', 'http://localhost:3000');
  ({ apiRoute } = await import('./route'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const echo = () => apiRoute({ name: 'test.echo', body: z.object({ n: z.number() }) }, async ({ body }) => ({ data: body, status: 201 }));

describe('apiRoute', () => {
  it('answers {data} with the handler status', async () => {
    const response = await echo()(
      new Request('http://localhost:3000/api/x', { method: 'POST', body: '{"n":1}', headers: { 'content-type': 'application/json' } }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ data: { n: 1 } });
  });

  it('refuses an oversized streamed body with 413 after reading little more than the limit', async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const total = 10 * 1024 * 1024;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request('http://localhost:3000/api/x', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    const response = await echo()(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 64 * 1024 } } });
    // The stream was cancelled near the 64 KB limit, not drained to its 10 MB.
    expect(pulled).toBeLessThan(256 * 1024);
  });

  it('refuses a declared oversized body before reading any of it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const headers = { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) };
    const response = await echo()(new Request('http://localhost:3000/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1); // at most the stream's own first pull on creation
  });

  it('refuses a cross-site text/plain POST (a form on another site) with 403 CROSS_SITE_REQUEST', async () => {
    const handler = vi.fn(async () => ({ data: 'ran' }));
    const route = apiRoute({ name: 'test.write' }, handler);
    const request = new Request('http://localhost:3000/api/holds', {
      method: 'POST',
      body: 'vehicleId=v1',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', host: 'localhost:3000' },
    });
    const response = await route(request);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('hides an unexpected failure behind a generic 500 and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const route = apiRoute({ name: 'test.broken' }, async () => {
      throw new TypeError('secret internals: cannot read x of undefined');
    });
    const response = await route(new Request('http://localhost:3000/api/x'));
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({ code: 'INTERNAL', reason: 'INTERNAL', message: 'Something went wrong on our side.' });
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith('[api test.broken]', expect.any(TypeError));
  });

  it('passes an AppError through with its status and does not log it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const route = apiRoute({ name: 'test.gone' }, async () => {
      throw new AppError('NOT_FOUND', 'No such thing.', { reason: 'THING_NOT_FOUND' });
    });
    const response = await route(new Request('http://localhost:3000/api/x'));
    expect(response.status).toBe(404);
    expect(log).not.toHaveBeenCalled();
  });

  it('lets a handler answer a non-JSON Response (a PDF, a redirect)', async () => {
    const route = apiRoute({ name: 'test.redirect' }, async () => new Response(null, { status: 303, headers: { Location: '/account' } }));
    const response = await route(new Request('http://localhost:3000/x'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/account');
  });
});

describe('GET /auth/continue', () => {
  const customer: Viewer = { id: 'u1', name: 'Léa', email: 'lea@example.org', role: 'customer', dealershipId: null, isGuest: false };
  const follow = async (next: string) => {
    const { GET } = await import('@/app/auth/continue/route');
    return (await GET(new Request(`http://localhost:3000/auth/continue?next=${next}`))).headers.get('location');
  };

  it('sends a signed-in user back to a path of the site', async () => {
    viewer = customer;
    expect(await follow(encodeURIComponent('/garage?tab=1'))).toBe('/garage?tab=1');
  });

  it.each(['/%5Cevil.example', '/%09/evil.example', '//evil.example', 'https://evil.example', 'javascript:alert(1)'])(
    'never sends the browser to another site (next=%s)',
    async (next) => {
      viewer = customer;
      expect(await follow(next)).toBe('/');
      viewer = { ...customer, role: 'admin' };
      expect(await follow(next)).toBe('/admin');
    },
  );
});

describe('apiRoute with a multipart body (uploads)', () => {
  const upload = () =>
    apiRoute({ name: 'test.upload', multipart: true, maxBodyBytes: 4096, body: z.strictObject({ kind: z.enum(['identity']) }) }, async ({ body, files }) => ({
      data: { kind: body.kind, sizes: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, bytes.byteLength])) },
    }));
  const form = (size: number, kind = 'identity') => {
    const data = new FormData();
    data.set('kind', kind);
    data.set('file', new Blob([new Uint8Array(size)]), 'scan.pdf');
    return data;
  };
  const post = (body: FormData, headers: Record<string, string> = {}) => new Request('http://localhost:3000/api/x', { method: 'POST', body, headers });

  it('parses the text fields with the schema and hands the file bytes to the handler', async () => {
    const response = await upload()(post(form(1000)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { kind: 'identity', sizes: { file: 1000 } } });
  });

  it('bounds the whole body (413), checks the Origin (403) and the fields (422) like JSON routes', async () => {
    expect((await upload()(post(form(8000)))).status).toBe(413);
    expect((await upload()(post(form(10), { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await upload()(post(form(10, 'other')))).status).toBe(422);
    const json = new Request('http://localhost:3000/api/x', { method: 'POST', body: '{"kind":"identity"}', headers: { 'content-type': 'application/json' } });
    expect(await (await upload()(json)).json()).toMatchObject({ error: { reason: 'UNSUPPORTED_MEDIA_TYPE' } });
  });
});
