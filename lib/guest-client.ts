'use client';
import { authClient } from './auth-client';

let inflight: Promise<unknown> | null = null;

/** Starts the one anonymous sign-in of this page load (a visitor without any session). */
export function startGuestSession(): Promise<unknown> {
  inflight ??= authClient.signIn.anonymous().catch(() => undefined);
  return inflight;
}

/** Actions that save something wait for the guest identity, so it cannot be replaced mid-flight. */
export function guestSessionReady(): Promise<unknown> {
  return inflight ?? Promise.resolve();
}
