import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * `Idempotency-Key` on state-changing POSTs (draft-ietf-httpapi-idempotency-key-header): a client
 * that lost the reply to a booking or a hold resends the same request with the same key and gets
 * the first reply again instead of a second booking (or a SLOT_TAKEN for its own slot).
 *
 * The first request claims (scope, key) in PostgreSQL — the primary key makes the claim unique
 * across instances — and stores its status and body once done. A duplicate that arrives:
 *  - after it: replays the stored reply (header `Idempotent-Replayed: true`);
 *  - while it runs: waits for it (polling: holding a transaction open for the whole request would
 *    take a second connection per request, and the embedded database has only one), then replays;
 *  - with another body: 422 IDEMPOTENCY_KEY_REUSED.
 * Replies of 5xx and 429 are not stored (the claim is released): the request had no effect (a
 * booking and its e-mail are one transaction) and the client may retry it with the same key.
 */

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** How long a duplicate waits for the first request before answering 409. */
const WAIT_MS = 30_000;
const POLL_MS = 50;
/** A claim this old without a reply was left by a crashed instance: the next duplicate takes it over. */
const ABANDONED_MS = 120_000;
/**
 * How long a key is remembered. The draft leaves expiry to the server and asks that it be
 * documented; a client retries a lost reply within seconds or minutes, so a day is generous, and
 * without a limit the table would grow with every booking forever.
 */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24;

export type IdempotencyScope = { route: string; subject: string };

/** sha256 of method, path and the request's parsed body with object keys sorted. */
export function requestFingerprint(request: Request, body: unknown): string {
  const url = new URL(request.url);
  return createHash('sha256')
    .update(`${request.method} ${url.pathname}\n${canonicalJson(body)}`)
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The request's key, or null when it sent none; a malformed one is refused. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!KEY_PATTERN.test(key))
    throw new AppError('BAD_REQUEST', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.', { reason: 'IDEMPOTENCY_KEY_INVALID' });
  return key;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function replay(status: number, body: string, guestSetCookies: readonly string[]): Response {
  const headers = new Headers({ 'content-type': 'application/json', 'idempotent-replayed': 'true' });
  for (const line of guestSetCookies) headers.append('set-cookie', line);
  return new Response(body, { status, headers });
}

/**
 * The first request's reply, and the Set-Cookie of the guest session it created when it came
 * without one (anonymous requests are scoped by client address): kept so that a replay hands the
 * retrying client the identity that owns the hold or booking, not a 201 for someone it cannot be.
 * Whoever replays must send the same key and body from the same address.
 */
export type FirstReply = { response: Response; guestSetCookies: string[] };

/**
 * Runs `run` at most once per (scope, key) and fingerprint; see the module comment. `run` returns
 * the final Response of the request, errors included (they are replies like any other).
 */
export async function idempotent(key: string, scope: IdempotencyScope, fingerprint: string, run: () => Promise<FirstReply>): Promise<Response> {
  const where = { scope_key: { scope: `${scope.route}|${scope.subject}`, key } };
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const claimed = await db.idempotencyKey.createMany({ data: { ...where.scope_key, fingerprint }, skipDuplicates: true });
    if (claimed.count === 1) return runAndStore(where, run);

    const existing = await db.idempotencyKey.findUnique({ where });
    if (!existing) continue; // the first request failed and released its claim: claim it now
    if (existing.fingerprint !== fingerprint) {
      throw new AppError('VALIDATION_FAILED', 'This Idempotency-Key was already used for a different request.', { reason: 'IDEMPOTENCY_KEY_REUSED' });
    }
    if (existing.status !== null && existing.body !== null) return replay(existing.status, existing.body, existing.guestSetCookies);
    if (Date.now() - existing.createdAt.getTime() > ABANDONED_MS) {
      // Take over a claim whose owner died; only one of several waiters wins the reset.
      const reset = await db.idempotencyKey.updateMany({
        where: { ...where.scope_key, status: null, createdAt: existing.createdAt },
        data: { createdAt: new Date() },
      });
      if (reset.count === 1) return runAndStore(where, run);
      continue;
    }
    if (Date.now() > deadline) {
      throw new AppError('CONFLICT', 'A request with this Idempotency-Key is still being processed.', {
        reason: 'IDEMPOTENCY_IN_PROGRESS',
        details: { retryAfterSeconds: 1 },
      });
    }
    await pause(POLL_MS);
  }
}

type Where = { scope_key: { scope: string; key: string } };

async function runAndStore(where: Where, run: () => Promise<FirstReply>): Promise<Response> {
  let response: Response;
  let guestSetCookies: string[];
  try {
    ({ response, guestSetCookies } = await run());
  } catch (error) {
    await db.idempotencyKey.deleteMany({ where: where.scope_key });
    throw error;
  }
  if (response.status >= 500 || response.status === 429) {
    await db.idempotencyKey.deleteMany({ where: where.scope_key });
    return response;
  }
  const body = await response.text();
  await db.idempotencyKey.update({ where, data: { status: response.status, body, guestSetCookies, completedAt: new Date() } });
  return new Response(body, { status: response.status, headers: response.headers });
}

/** Forgets keys older than the retention (job `idempotency.prune`); returns how many went. */
export async function pruneIdempotencyKeys(now: Date): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_KEY_RETENTION_HOURS * 3_600_000);
  const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
