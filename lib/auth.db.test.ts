import { describe, expect, it } from 'vitest';
import { auth } from './auth';
import { db } from './db';

const base = 'http://localhost:3000/api/auth';
let ipCounter = 1;

/** Calls Better Auth's HTTP handler the way the browser does, from one client IP with its cookies. */
function client(ip = `203.0.113.${ipCounter++}`) {
  let cookie = '';
  return async (path: string, body: object) => {
    const response = await auth().handler(
      new Request(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, origin: 'http://localhost:3000', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      }),
    );
    const setCookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (setCookies.length) cookie = setCookies.join('; ');
    return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> | null };
  };
}

const email = (prefix: string) => `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.org`;

describe('accounts', () => {
  it('hashes passwords and signs in with the right one only', async () => {
    const call = client();
    const address = email('hash');
    expect((await call('/sign-up/email', { email: address, password: 'correct-horse-battery', name: 'Hash Test' })).status).toBe(200);
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

  it('moves what a guest saved to the account they create', async () => {
    const call = client();
    const guest = await call('/sign-in/anonymous', {});
    expect(guest.status).toBe(200);
    const guestId = (guest.json?.user as { id: string }).id;
    await db.savedConfiguration.create({ data: { code: `G${Date.now().toString(36).toUpperCase()}`.slice(0, 8), ownerId: guestId, modelCode: 'horizon', configuration: { model: 'horizon' } } });
    const address = email('guest');
    expect((await call('/sign-up/email', { email: address, password: 'correct-horse-battery', name: 'Former Guest' })).status).toBe(200);
    const account = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(await db.savedConfiguration.count({ where: { ownerId: account.id } })).toBe(1);
    expect(await db.user.findUnique({ where: { id: guestId } })).toBeNull();
  });
});
