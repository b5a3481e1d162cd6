import 'server-only';
import { AppError } from '@/lib/errors';

/**
 * Live event streams one identity may hold open on this instance (a buyer's tabs, an advisor's
 * console): a script opening streams without end would hold a socket and a fan-out subscription
 * each. Open connections are this instance's own resource, so they are counted in its memory;
 * with several instances an identity holds at most this many on each.
 */
export const MAX_STREAMS_PER_VIEWER = 8;

const open = new Map<string, number>();

/** Takes a stream slot for `viewerId`, or refuses with 429; the returned release is idempotent. */
export function takeStreamSlot(viewerId: string): () => void {
  const count = open.get(viewerId) ?? 0;
  if (count >= MAX_STREAMS_PER_VIEWER) {
    throw new AppError('RATE_LIMITED', 'Too many open chat connections: close a tab first.', { reason: 'TOO_MANY_STREAMS', details: { retryAfterSeconds: 5 } });
  }
  open.set(viewerId, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(viewerId) ?? 1) - 1;
    if (left <= 0) open.delete(viewerId);
    else open.set(viewerId, left);
  };
}
