'use client';
import { useSyncExternalStore } from 'react';

// Whether the buyer's chat panel is open. Two client islands share it: the launcher (floating
// button and panel, in the root layout) and the phone button in the header, which the server
// renders in place so the header keeps its height when the page hydrates (mounted there
// afterwards, through a portal, it wrapped the header onto a second line and pushed the whole
// page 40 px down: Lighthouse's layout shift, 0.21 on every page).

const listeners = new Set<() => void>();
let open = false;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function setChatOpen(value: boolean): void {
  if (value === open) return;
  open = value;
  listeners.forEach((l) => l());
}

export function useChatOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open, () => false);
}

/** Back-office areas have their own tools; the launcher is for buyers. */
export const isBackOffice = (pathname: string) => /^\/(dealer|advisor|admin)(\/|$)/.test(pathname);
