import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { auth } from './auth';
import { AppError } from './errors';
import { consumeLimit } from './http/rate-limit';
import { requestClientAddress, WRITE_LIMITS } from './http/write-limits';

export const roles = ['customer', 'advisor', 'dealer_staff', 'dealer_manager', 'admin'] as const;
export type Role = (typeof roles)[number];

export type Viewer = {
  id: string;
  name: string;
  email: string;
  role: Role;
  dealershipId: string | null;
  isGuest: boolean;
};

const isRole = (value: unknown): value is Role => typeof value === 'string' && (roles as readonly string[]).includes(value);

/**
 * The request's headers with the cookie header taken from the cookie jar. When a server action
 * sets a cookie (a first write creates the guest), Next re-renders the page in the same request
 * with the jar updated but the original headers (next/dist/server/async-storage/request-store.js,
 * synchronizeMutableCookies): read from the headers alone, that render would see no visitor yet.
 */
async function sessionHeaders(): Promise<Headers> {
  const merged = new Headers(await headers());
  const jar = (await cookies()).getAll();
  // The jar holds decoded values; the header carries them URI-encoded, as they were set.
  if (jar.length > 0) merged.set('cookie', jar.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join('; '));
  return merged;
}

/** The signed-in or guest visitor; one session look-up per request however often it is asked. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth().api.getSession({ headers: await sessionHeaders() });
  if (!session) return null;
  const user = session.user;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: isRole(user.role) ? user.role : 'customer',
    dealershipId: typeof user.dealershipId === 'string' ? user.dealershipId : null,
    isGuest: user.isAnonymous === true,
  };
});

const guestSessions = new AsyncLocalStorage<string[]>();

/**
 * Runs `run` and answers the Set-Cookie lines of any guest session ensureViewer created meanwhile
 * (the cookies themselves still go out through Next's cookie jar). An idempotent route keeps them
 * with its reply: a cookie-less client that lost the reply gets the guest back on its retry.
 */
export async function capturingGuestSessions<T>(run: () => Promise<T>): Promise<{ result: T; guestSetCookies: string[] }> {
  const guestSetCookies: string[] = [];
  const result = await guestSessions.run(guestSetCookies, run);
  return { result, guestSetCookies };
}

/**
 * The current visitor, creating an anonymous (guest) identity when there is none yet, so that
 * what a first-time visitor saves is theirs and follows them when they sign up. Call it only for
 * a write that already passed its limits and validation (a refused request creates no user);
 * pages never create guests. New guests are limited per client address (WRITE_LIMITS.guestPerIp),
 * so a script without cookies cannot mint one identity per request.
 */
export async function ensureViewer(): Promise<Viewer> {
  const existing = await getViewer();
  if (existing) return existing;
  await consumeLimit(WRITE_LIMITS.guestPerIp, `ip:${await requestClientAddress()}`);
  const { headers: answer, response: created } = await auth().api.signInAnonymous({ headers: await headers(), returnHeaders: true });
  if (!created) throw new AppError('INTERNAL', 'Could not create a guest identity.');
  guestSessions.getStore()?.push(...answer.getSetCookie());
  return { id: created.user.id, name: created.user.name, email: created.user.email, role: 'customer', dealershipId: null, isGuest: true };
}

/** Where each role lands after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'advisor':
      return '/advisor';
    case 'dealer_staff':
    case 'dealer_manager':
      return '/dealer';
    case 'admin':
      return '/admin';
    default:
      return '/';
  }
}

/** For pages: a visitor without an account goes to sign-in; a signed-in user of another role gets the 403 page. */
export async function requirePageRole(allowed: readonly Role[], returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!allowed.includes(viewer.role)) forbidden();
  return viewer;
}

/** For server actions and route handlers: the same check, as an AppError the caller maps to 401/403. */
export async function requireRole(allowed: readonly Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (!allowed.includes(viewer.role)) throw new AppError('FORBIDDEN', 'Your account cannot do this.');
  return viewer;
}
