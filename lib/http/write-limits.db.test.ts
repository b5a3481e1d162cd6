import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auth } from '@/lib/auth';
import { db, pool } from '@/lib/db';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { generateShortCode } from '@/modules/catalog/server';
import { placeBuyerOrder } from '@/modules/orders/server';
import { createTestDealership, driver, recordEffects } from '@/modules/test-drives/server/test-world';
import { CLIENT_HEADER, PEER_HEADER } from './client-address';
import { consumeLimit } from './rate-limit';
import { WRITE_LIMITS } from './write-limits';
import { stockCarOf } from '@/test/stock-fixture';
import { authBrowser, confirmationLink } from '@/test/auth-browser';

// The anonymous writes as a script makes them: route handlers called with the request's headers
// (next/headers mocked to serve them), real sessions and real guest creation (Better Auth), and
// the production limits (RATE_LIMIT_FACTOR 1, the default in tests).

let current = new Headers();
vi.mock('next/headers', () => ({
  headers: async () => current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'fr' }));

const { POST: postHold } = await import('@/app/api/holds/route');
const { POST: postBooking } = await import('@/app/api/test-drives/bookings/route');
const { POST: postConfiguration } = await import('@/app/api/configurations/route');
const { GET: getSummaryPdf } = await import('@/app/api/finance/summary/route');
const { GET: getFipenPdf } = await import('@/app/api/finance/fipen/route');
const { GET: getOrderForm } = await import('@/app/api/orders/[id]/order-form/route');

const tag = randomBytes(4).toString('hex');
const configuration = defaultConfiguration(catalogue, 'horizon');
let dealershipId = '';
recordEffects();

/** A request from `ip` as the app's HTTP server passes it on (address stamped from the socket). */
function request(path: string, ip: string, body: unknown, cookie?: string): Request {
  const headers = new Headers({
    'content-type': 'application/json',
    [PEER_HEADER]: ip,
    [CLIENT_HEADER]: ip,
    'x-forwarded-for': `10.${Math.floor(Math.random() * 250)}.0.1`,
    ...(cookie ? { cookie } : {}),
  });
  current = headers;
  return new Request(`http://localhost:3000${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

/** A GET from `ip`, as a browser following a download link sends it. */
function download(path: string, ip: string, cookie?: string): Request {
  current = new Headers({ [PEER_HEADER]: ip, [CLIENT_HEADER]: ip, ...(cookie ? { cookie } : {}) });
  return new Request(`http://localhost:3000${path}`, { headers: current });
}

async function makeVehicles(count: number, prefix: string, status: 'in_stock' | 'sold' = 'in_stock'): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `stk_${tag}_${prefix}${i}`);
  await db.stockVehicle.createMany({
    data: ids.map((id, i) => ({
      id,
      vin: `W${tag}${prefix}${String(i).padStart(4, '0')}`.slice(0, 17),
      dealershipId,
      ...stockCarOf(configuration),
      status,
    })),
  });
  return ids;
}

const users = () => db.user.count();

async function guestCookie(ip: string): Promise<string> {
  const signedIn = await auth().handler(
    new Request('http://localhost:3000/api/auth/sign-in/anonymous', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', [CLIENT_HEADER]: ip },
      body: '{}',
    }),
  );
  expect(signedIn.status).toBe(200);
  return signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

beforeAll(async () => {
  dealershipId = (await createTestDealership()).dealershipId;
});
afterAll(async () => {
  await pool().end();
});

describe('a cookie-less client retrying a write with its Idempotency-Key', () => {
  it('gets back the guest identity that owns the hold, with the first reply', async () => {
    const [vehicleId] = await makeVehicles(1, 'i');
    const ip = '198.51.100.120';
    const keyed = () => {
      const sent = request('/api/holds', ip, { vehicleId });
      return new Request(sent, { headers: { ...Object.fromEntries(sent.headers), 'idempotency-key': `hold-${tag}` } });
    };
    const first = await postHold(keyed());
    expect(first.status).toBe(201);
    // The reply is lost; the client, still without a cookie, sends the request again.
    const retried = await postHold(keyed());
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(await retried.text()).toBe(await first.text());
    const cookie = retried.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toContain('session_token=');
    // That cookie is the holder's session.
    const session = await auth().handler(new Request('http://localhost:3000/api/auth/get-session', { headers: { cookie } }));
    const { user } = (await session.json()) as { user: { id: string } };
    const hold = await db.vehicleHold.findFirstOrThrow({ where: { vehicleId, status: 'active' } });
    expect(user.id).toBe(hold.holderId);
  });
});

describe('abuse limits on anonymous writes (production factor)', () => {
  it('300 cookie-less holds from one address: a handful of guests, then 429, never the stock', async () => {
    const vehicles = await makeVehicles(300, 'h');
    const before = await users();
    const statuses: number[] = [];
    for (const vehicleId of vehicles) statuses.push((await postHold(request('/api/holds', '198.51.100.50', { vehicleId }))).status);
    const held = statuses.filter((s) => s === 201).length;
    expect(held).toBe(WRITE_LIMITS.guestPerIp.points);
    expect(statuses.filter((s) => s === 429)).toHaveLength(300 - held);
    expect((await users()) - before).toBe(WRITE_LIMITS.guestPerIp.points);
    expect(await db.vehicleHold.count({ where: { vehicleId: { in: vehicles }, status: 'active' } })).toBe(held);
  });

  it('a refused request creates no user: unknown or sold vehicle, invalid booking or configuration', async () => {
    const [sold] = await makeVehicles(1, 's', 'sold');
    const before = await users();
    const ip = '198.51.100.60';
    expect((await postHold(request('/api/holds', ip, { vehicleId: `nope_${tag}` }))).status).toBe(404);
    expect((await postHold(request('/api/holds', ip, { vehicleId: sold }))).status).toBe(409);
    expect((await postHold(request('/api/holds', ip, { vehicleId: '' }))).status).toBe(422);
    const lateNight = new Date(Date.now() + 14 * 86_400_000);
    lateNight.setUTCHours(23, 0, 0, 0);
    const booking = { dealershipId, modelCode: 'horizon', kind: 'showroom', start: lateNight.toISOString(), driver: driver() };
    expect((await postBooking(request('/api/test-drives/bookings', ip, booking))).status).toBe(422);
    expect((await postBooking(request('/api/test-drives/bookings', ip, { ...booking, driver: { ...driver(), birthDate: '2015-01-01' } }))).status).toBe(422);
    expect((await postConfiguration(request('/api/configurations', ip, { model: 'delorean' }))).status).toBe(404);
    expect(await users()).toBe(before);
  });

  it('one guest cannot book drive after drive: the sixth booking in an hour is refused', async () => {
    const cookie = await guestCookie('198.51.100.70');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = new Date(Date.now() + (14 + i) * 86_400_000);
      start.setUTCHours(9, 0, 0, 0);
      // Each from another address: the limit follows the guest, not the address.
      statuses.push(
        (
          await postBooking(
            request(
              '/api/test-drives/bookings',
              `198.51.101.${i}`,
              { dealershipId, modelCode: 'horizon', kind: 'showroom', start: start.toISOString(), driver: driver() },
              cookie,
            ),
          )
        ).status,
      );
    }
    expect(statuses.slice(0, WRITE_LIMITS.bookingPerViewer.points).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(WRITE_LIMITS.bookingPerViewer.points)).toEqual([429, 429]);
  });

  it('configuration saves are limited per visitor', async () => {
    const cookie = await guestCookie('198.51.100.80');
    const statuses: number[] = [];
    for (let i = 0; i <= WRITE_LIMITS.configurationPerViewer.points; i++)
      statuses.push((await postConfiguration(request('/api/configurations', `198.51.102.${i}`, { model: 'horizon' }, cookie))).status);
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('the offer PDFs are limited per address: the 61st in ten minutes is a 429 with a code, saves nothing, and another address still gets its PDF', async () => {
    const ip = '198.51.100.90';
    const cookie = await guestCookie(ip);
    const simulations = () => db.financingSimulation.count();
    const summary = '/api/finance/summary?m=horizon&d=300000&n=48';
    const fipen = '/api/finance/fipen?offer=credit-classique&m=horizon';
    // A guest's summary download is saved in their space: the path a refused request must not take.
    const before = await simulations();
    const first = await getSummaryPdf(download(summary, ip, cookie));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(await simulations()).toBe(before + 1);
    // The next 58 as a script would make them (building the PDFs is not what is tested here).
    await consumeLimit(WRITE_LIMITS.pdfPerIp, `ip:${ip}`, WRITE_LIMITS.pdfPerIp.points - 2);
    expect((await getFipenPdf(download(fipen, ip))).status).toBe(200);
    for (const refused of [await getSummaryPdf(download(summary.replace('n=48', 'n=36'), ip, cookie)), await getFipenPdf(download(fipen, ip))]) {
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    }
    expect(await simulations()).toBe(before + 1);
    expect((await getSummaryPdf(download(summary, '198.51.100.91'))).status).toBe(200);
  });

  it('a buyer cannot loop on their order form: the 31st download in ten minutes is a 429 with a code, from any address', async () => {
    // A verified buyer as the app makes one (Better Auth sign-up, confirmation link), with a factory order.
    const browser = authBrowser('198.51.100.95');
    const email = `form.${tag}@example.org`;
    expect((await browser.post('/sign-up/email', { email, password: 'correct-horse-battery', name: 'Léa Martin' })).status).toBe(200);
    expect((await browser.open(await confirmationLink(email))).status).toBe(302);
    const buyer = (await browser.open('/api/auth/get-session')).json?.user as { id: string; email: string };
    const cookie = browser.cookies();
    const code = generateShortCode();
    await db.savedConfiguration.create({ data: { code, ownerId: buyer.id, modelCode: 'horizon', configuration: { ...configuration } } });
    const details = { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' };
    const order = await placeBuyerOrder({ buyer: { id: buyer.id, email: buyer.email, locale: 'fr' }, source: { kind: 'factory', savedCode: code }, dealershipId, details, financing: 'cash' });
    const form = (ip: string) => getOrderForm(download(`/api/orders/${order.id}/order-form`, ip, cookie), { params: Promise.resolve({ id: order.id }) });

    const first = await form('198.51.100.96');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    // The next 28 as a script would make them (rendering the form is not what is tested here).
    await consumeLimit(WRITE_LIMITS.orderFormPerViewer, `user:${buyer.id}`, WRITE_LIMITS.orderFormPerViewer.points - 2);
    expect((await form('198.51.100.97')).status).toBe(200);
    // The limit follows the buyer: a new address does not reset it.
    const refused = await form('198.51.100.98');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });
});
