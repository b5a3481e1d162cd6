'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the server HTML and until React has hydrated it, then true: a submit button disabled
 * until then cannot send the form natively (a GET with the fields in the URL) before its handler exists.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
