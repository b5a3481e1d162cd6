import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmationLink } from '@/test/auth-browser';

// The session cookie carries `Secure` whenever the public URL (APP_URL) is https, and only then
// (a plain-http LAN or localhost install must still be able to sign in).
async function signUpCookies(appUrl: string): Promise<string[]> {
  vi.resetModules();
  vi.stubEnv('APP_URL', appUrl);
  (globalThis as { virageAuth?: unknown }).virageAuth = undefined;
  const { auth } = await import('./auth');
  const email = `cookie.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const origin = new URL(appUrl).origin;
  const post = (path: string, body: object) =>
    auth().handler(
      new Request(`${origin}/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': '198.51.100.7' },
        body: JSON.stringify(body),
      }),
    );
  // Sign-up does not sign in (it answers alike for an existing address); once the address is confirmed
  // from the e-mailed link, the password sign-in does.
  expect((await post('/sign-up/email', { email, password: 'correct-horse-battery', name: 'Cookie Test' })).status).toBe(200);
  const confirm = await auth().handler(new Request(`${origin}${await confirmationLink(email)}`, { headers: { origin } }));
  expect(confirm.status).toBe(302);
  const response = await post('/sign-in/email', { email, password: 'correct-horse-battery' });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().filter((c) => c.includes('session_token'));
}

afterEach(() => {
  vi.unstubAllEnvs();
  (globalThis as { virageAuth?: unknown }).virageAuth = undefined;
});

describe('session cookie', () => {
  it('is Secure when APP_URL is https', async () => {
    const cookies = await signUpCookies('https://virage.example');
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
  });

  it('is not Secure on a plain-http install', async () => {
    const cookies = await signUpCookies('http://localhost:3000');
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
