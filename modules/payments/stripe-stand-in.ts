import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small local stand-in for the Stripe API endpoints Virage uses (checkout sessions create /
 * retrieve / expire, refunds create), for tests and benchmarks: the real `stripe` SDK talks to it over
 * HTTP. It honours Idempotency-Key like Stripe: the same key returns the first response.
 */
export type StandIn = { url: string; sessions: Map<string, Record<string, unknown>>; refunds: Map<string, Record<string, unknown>>; requests: { method: string; path: string; body: URLSearchParams }[]; close(): Promise<void> };

export async function startStripeStandIn(): Promise<StandIn> {
  const sessions = new Map<string, Record<string, unknown>>();
  const refunds = new Map<string, Record<string, unknown>>();
  const byKey = new Map<string, string>();
  const requests: StandIn['requests'] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const body = new URLSearchParams(raw);
      const path = (req.url ?? '').split('?')[0] ?? '';
      requests.push({ method: req.method ?? '', path, body });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      if (req.headers.authorization !== 'Bearer sk_test_standin') return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key' } });
      const key = req.headers['idempotency-key'];
      const cacheKey = typeof key === 'string' ? `${req.method} ${path} ${key}` : null;
      if (cacheKey && byKey.has(cacheKey)) {
        res.writeHead(200, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
        return res.end(byKey.get(cacheKey));
      }
      const remember = (payload: unknown) => {
        if (cacheKey) byKey.set(cacheKey, JSON.stringify(payload));
        send(200, payload);
      };
      const metadata = (prefix: string) => Object.fromEntries([...body.entries()].filter(([k]) => k.startsWith(`${prefix}[`)).map(([k, v]) => [k.slice(prefix.length + 1, -1), v]));
      if (req.method === 'POST' && path === '/v1/checkout/sessions') {
        const id = `cs_test_standin_${++counter}`;
        const session = { id, object: 'checkout.session', url: `https://checkout.stripe.test/c/${id}`, amount_total: Number(body.get('line_items[0][price_data][unit_amount]')), currency: body.get('line_items[0][price_data][currency]'), payment_status: 'unpaid', status: 'open', metadata: metadata('metadata'), client_reference_id: body.get('client_reference_id'), expires_at: Number(body.get('expires_at')) };
        sessions.set(id, session);
        return remember(session);
      }
      const retrieve = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && retrieve) {
        const session = sessions.get(retrieve[1] ?? '');
        return session ? send(200, session) : send(404, { error: { type: 'invalid_request_error', message: 'No such checkout.session' } });
      }
      const expire = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path);
      if (req.method === 'POST' && expire) {
        const session = sessions.get(expire[1] ?? '');
        if (!session) return send(404, { error: { type: 'invalid_request_error', message: 'No such checkout.session' } });
        if (session.status !== 'open') return send(400, { error: { type: 'invalid_request_error', message: `Only Checkout Sessions with a status of open can be expired. This Checkout Session has a status of ${String(session.status)}.` } });
        session.status = 'expired';
        return send(200, session);
      }
      if (req.method === 'POST' && path === '/v1/refunds') {
        const id = `re_test_standin_${++counter}`;
        const refund = { id, object: 'refund', amount: Number(body.get('amount')), payment_intent: body.get('payment_intent'), status: 'succeeded', metadata: metadata('metadata') };
        refunds.set(id, refund);
        return remember(refund);
      }
      send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path})` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sessions, refunds, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
