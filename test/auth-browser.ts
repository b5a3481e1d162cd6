import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { CLIENT_HEADER } from '@/lib/http/client-address';

export type AuthAnswer = { status: number; location: string | null; json: Record<string, unknown> | null };

/**
 * A browser talking to Better Auth's HTTP handler the way the app's HTTP server passes requests on:
 * from one client address (stamped from the socket) with its own cookie jar. `forwarded` is what the
 * client itself writes into X-Forwarded-For.
 */
export function authBrowser(ip: string, origin = 'http://localhost:3000') {
  let cookie = '';
  async function send(request: Request): Promise<AuthAnswer> {
    const response = await auth().handler(request);
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (set.length) cookie = set.join('; ');
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    return { status: response.status, location: response.headers.get('location'), json };
  }
  const headers = (forwarded?: string) => ({ origin, [CLIENT_HEADER]: ip, ...(forwarded ? { 'x-forwarded-for': forwarded } : {}), ...(cookie ? { cookie } : {}) });
  return {
    post: (path: string, body: object, forwarded?: string) =>
      send(new Request(`${origin}/api/auth${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers(forwarded) }, body: JSON.stringify(body) })),
    /** Opens a link the way a click does (`path` starts at /api/auth). */
    open: (path: string) => send(new Request(`${origin}${path}`, { headers: headers() })),
    cookies: () => cookie,
  };
}

/** The confirmation link last e-mailed to `email` (through the outbox), as a path on this site. */
export async function confirmationLink(email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirst({ where: { to: email.toLowerCase(), kind: 'auth.verify-email' }, orderBy: { createdAt: 'desc' } });
  const url = /https?:\/\/\S+\/verify-email\?\S+/.exec(mail?.text ?? '')?.[0];
  if (!url) throw new Error(`no confirmation e-mail to ${email}`);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
