import { describe, expect, it } from 'vitest';
import { authBrowser, confirmationLink } from '@/test/auth-browser';
import { db } from './db';
import { CLIENT_HEADER } from './http/client-address';
import { consumeLimit } from './http/rate-limit';
import { WRITE_LIMITS } from './http/write-limits';

const { POST: postAuth } = await import('@/app/api/auth/[...all]/route');

let ipCounter = 1;
const nextIp = () => `203.0.113.${ipCounter++}`;
/** One browser's POSTs to Better Auth, from one client address, keeping its cookies. */
const client = (ip = nextIp()) => authBrowser(ip).post;

/** Signs up and confirms the address from the e-mailed link, as a new owner does. */
async function signUpConfirmed(address: string, password = 'correct-horse-battery') {
  const browser = authBrowser(nextIp());
  expect((await browser.post('/sign-up/email', { email: address, password, name: 'Owner' })).status).toBe(200);
  const confirmed = await browser.open(await confirmationLink(address));
  expect(confirmed.status).toBe(302);
}

const email = (prefix: string) => `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.org`;

describe('accounts', () => {
  it('hashes passwords and signs in with the right one only', async () => {
    const address = email('hash');
    await signUpConfirmed(address);
    const user = await db.user.findUniqueOrThrow({ where: { email: address }, include: { accounts: true } });
    expect(user.role).toBe('customer');
    const stored = user.accounts[0]?.password ?? '';
    expect(stored).not.toContain('correct-horse-battery');
    expect(stored.length).toBeGreaterThan(40);
    expect((await client()('/sign-in/email', { email: address, password: 'wrong-password-x' })).status).toBe(401);
    expect((await client()('/sign-in/email', { email: address, password: 'correct-horse-battery' })).status).toBe(200);
  });

  it('does not let a sign-up choose its own role', async () => {
    const address = email('role');
    await client()('/sign-up/email', { email: address, password: 'correct-horse-battery', name: 'Sneaky', role: 'admin', dealershipId: 'dlr_x' });
    const user = await db.user.findUnique({ where: { email: address } });
    // Either refused outright or created as a plain customer: never an admin.
    if (user) expect(user).toMatchObject({ role: 'customer', dealershipId: null });
  });

  it('rate-limits password sign-in per client', async () => {
    const call = client('198.51.100.7');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await call('/sign-in/email', { email: 'nobody@example.org', password: 'whatever-123' })).status);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    // Another client is not affected.
    expect((await client('198.51.100.8')('/sign-in/email', { email: 'nobody@example.org', password: 'whatever-123' })).status).toBe(401);
  });

  it('does not let a client escape the sign-in limit by changing X-Forwarded-For', async () => {
    const call = client('198.51.100.20');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await call('/sign-in/email', { email: 'nobody@example.org', password: 'whatever-123' }, `10.9.${i}.${i}`)).status);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it('throttles failed passwords per account whatever the address, and forgets them on success', async () => {
    const address = email('guess');
    await signUpConfirmed(address);
    // 9 failures, each from a new address, then the owner signs in: the count starts again.
    for (let i = 0; i < 9; i++) expect((await client()('/sign-in/email', { email: address, password: `wrong-guess-${i}` })).status).toBe(401);
    expect((await client()('/sign-in/email', { email: address, password: 'correct-horse-battery' })).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await client()('/sign-in/email', { email: address, password: `wrong-guess-${i}` })).status).toBe(401);
    // The 11th attempt from yet another address is refused, even with the right password.
    const refused = await client()('/sign-in/email', { email: address.toUpperCase(), password: 'correct-horse-battery' });
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ code: 'RATE_LIMITED' });
    // Another account is not affected.
    const other = email('other');
    await signUpConfirmed(other);
    expect((await client()('/sign-in/email', { email: other, password: 'correct-horse-battery' })).status).toBe(200);
  });

  it('sends at most 10 magic links an hour to one address, whoever asks', async () => {
    const address = email('magic');
    for (let i = 0; i < 12; i++) expect((await client()('/sign-in/magic-link', { email: address, callbackURL: '/' })).status).toBe(200);
    const rows = await db.outboxMessage.findMany({ where: { to: address, kind: 'auth.magic-link' }, select: { status: true, lastError: true } });
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.status === 'pending' || r.status === 'kept' || r.status === 'sent')).toHaveLength(10);
    expect(rows.filter((r) => r.status === 'failed' && r.lastError === 'RECIPIENT_LIMIT')).toHaveLength(2);
  });

  it('moves what a guest saved to the account they create, when the confirmation link signs them in', async () => {
    const browser = authBrowser(nextIp());
    const guest = await browser.post('/sign-in/anonymous', {});
    expect(guest.status).toBe(200);
    const guestId = (guest.json?.user as { id: string }).id;
    await db.savedConfiguration.create({ data: { code: `G${Date.now().toString(36).toUpperCase()}`.slice(0, 8), ownerId: guestId, modelCode: 'horizon', configuration: { model: 'horizon' } } });
    const address = email('guest');
    expect((await browser.post('/sign-up/email', { email: address, password: 'correct-horse-battery', name: 'Former Guest', callbackURL: '/auth/continue?next=%2Fgarage' })).status).toBe(200);
    // Sign-up alone signs nobody in: the guest is still the guest.
    expect(await db.user.findUnique({ where: { id: guestId } })).not.toBeNull();
    const confirmed = await browser.open(await confirmationLink(address));
    expect(confirmed.status).toBe(302);
    expect(confirmed.location).toBe('/auth/continue?next=%2Fgarage');
    const account = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(account.emailVerified).toBe(true);
    expect(await db.savedConfiguration.count({ where: { ownerId: account.id } })).toBe(1);
    expect(await db.user.findUnique({ where: { id: guestId } })).toBeNull();
    expect(await db.session.count({ where: { userId: account.id } })).toBe(1);
  });

  it('answers a sign-up alike whether or not the address has an account, signs neither in, and tells the owner by e-mail', async () => {
    const address = email('exists');
    await signUpConfirmed(address);
    const fresh = await client()('/sign-up/email', { email: email('fresh'), password: 'correct-horse-battery', name: 'Newcomer' });
    const again = await client()('/sign-up/email', { email: address, password: 'another-password-1', name: 'Intruder' });
    expect(fresh.status).toBe(200);
    expect(again.status).toBe(200);
    expect(Object.keys(again.json ?? {}).sort()).toEqual(Object.keys(fresh.json ?? {}).sort());
    expect(Object.keys((again.json?.user as object | undefined) ?? {}).sort()).toEqual(Object.keys((fresh.json?.user as object | undefined) ?? {}).sort());
    expect(again.json?.token ?? null).toBeNull();
    expect(fresh.json?.token ?? null).toBeNull();
    expect(await db.outboxMessage.count({ where: { to: address, kind: 'auth.existing-account' } })).toBe(1);
    // The intruder's password does not open the account; the owner's still does.
    expect((await client()('/sign-in/email', { email: address, password: 'another-password-1' })).status).toBe(401);
    expect((await client()('/sign-in/email', { email: address, password: 'correct-horse-battery' })).status).toBe(200);
  });

  it('refuses a password sign-in until the address is confirmed, and sends the link again', async () => {
    const address = email('unconfirmed');
    expect((await client()('/sign-up/email', { email: address, password: 'correct-horse-battery', name: 'Later' })).status).toBe(200);
    expect(await db.outboxMessage.count({ where: { to: address, kind: 'auth.verify-email' } })).toBe(1);
    const refused = await client()('/sign-in/email', { email: address, password: 'correct-horse-battery', callbackURL: '/auth/continue' });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });
    expect(await db.outboxMessage.count({ where: { to: address, kind: 'auth.verify-email' } })).toBe(2);
    // A wrong password on an unconfirmed account says only "wrong password", and sends nothing.
    expect((await client()('/sign-in/email', { email: address, password: 'wrong-password-x' })).status).toBe(401);
    expect(await db.outboxMessage.count({ where: { to: address, kind: 'auth.verify-email' } })).toBe(2);
    const browser = authBrowser(nextIp());
    expect((await browser.open(await confirmationLink(address))).status).toBe(302);
    expect((await client()('/sign-in/email', { email: address, password: 'correct-horse-battery' })).status).toBe(200);
  });

  it('refuses a name longer than 100 characters, or blank, at sign-up', async () => {
    const address = email('long');
    const refused = await client()('/sign-up/email', { email: address, password: 'correct-horse-battery', name: 'x'.repeat(301) });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 'NAME_TOO_LONG' });
    expect(await db.user.findUnique({ where: { email: address } })).toBeNull();
    expect((await client()('/sign-up/email', { email: address, password: 'correct-horse-battery', name: '   ' })).json).toMatchObject({ code: 'NAME_REQUIRED' });
    expect(await db.user.findUnique({ where: { email: address } })).toBeNull();
    expect((await client()('/sign-up/email', { email: address, password: 'correct-horse-battery', name: 'x'.repeat(100) })).status).toBe(200);
  });

  it('bounds what a client can write in its profile: picture link, language, and the whole body', async () => {
    const browser = authBrowser(nextIp());
    expect((await browser.post('/sign-in/anonymous', {})).status).toBe(200);
    const refusedImage = await browser.post('/update-user', { image: `https://example.org/${'a'.repeat(3000)}` });
    expect(refusedImage).toMatchObject({ status: 400, json: { code: 'IMAGE_TOO_LONG' } });
    expect(await browser.post('/update-user', { locale: 'x'.repeat(500) })).toMatchObject({ status: 400, json: { code: 'LOCALE_UNKNOWN' } });
    expect((await browser.post('/update-user', { locale: 'en' })).status).toBe(200);
    const session = await browser.open('/api/auth/get-session');
    const user = await db.user.findUniqueOrThrow({ where: { id: (session.json?.user as { id: string }).id } });
    expect({ image: user.image, locale: user.locale }).toEqual({ image: null, locale: 'en' });

    // Through the app's route: a body over 8 KiB is refused before Better Auth reads it, and creates nothing.
    const address = email('big');
    const big = JSON.stringify({ email: address, password: 'correct-horse-battery', name: 'Big', image: 'h'.repeat(20_000) });
    const request = new Request('http://localhost:3000/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', [CLIENT_HEADER]: nextIp() },
      body: big,
    });
    const answer = await postAuth(request);
    expect(answer.status).toBe(413);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await db.user.findUnique({ where: { email: address } })).toBeNull();
    // A normal sign-up still goes through the route.
    const normal = new Request('http://localhost:3000/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', [CLIENT_HEADER]: nextIp() },
      body: JSON.stringify({ email: address, password: 'correct-horse-battery', name: 'Normal' }),
    });
    expect((await postAuth(normal)).status).toBe(200);
  });

  it('a guest asked for over HTTP counts against the per-address guest limit the app applies', async () => {
    const ip = nextIp();
    // The address has already had its guests (from first writes, as ensureViewer counts them).
    await consumeLimit(WRITE_LIMITS.guestPerIp, `ip:${ip}`, WRITE_LIMITS.guestPerIp.points);
    const before = await db.user.count({ where: { isAnonymous: true } });
    const refused = await authBrowser(ip).post('/sign-in/anonymous', {});
    expect(refused).toMatchObject({ status: 429, json: { code: 'RATE_LIMITED' } });
    expect(await db.user.count({ where: { isAnonymous: true } })).toBe(before);
    expect((await authBrowser(nextIp()).post('/sign-in/anonymous', {})).status).toBe(200);
  });
});
