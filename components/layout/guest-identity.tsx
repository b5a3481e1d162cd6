'use client';
import { useEffect } from 'react';
import { startGuestSession } from '@/lib/guest-client';

/**
 * Gives a first-time visitor an anonymous identity, so what they save and do is theirs from the
 * first click and joins their account when they sign up or sign in.
 */
export function GuestIdentity({ hasSession }: { hasSession: boolean }) {
  useEffect(() => {
    if (!hasSession) void startGuestSession();
  }, [hasSession]);
  return null;
}
