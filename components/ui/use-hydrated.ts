'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the server HTML and until React has hydrated it, then true. A button disabled until then
 * cannot be pressed before its handler exists: a submit button would send its form natively (a GET
 * with the fields in the URL), an onClick button would do nothing at all.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
