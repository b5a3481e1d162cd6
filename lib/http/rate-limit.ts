import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { pool } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/**
 * Abuse limits counted in PostgreSQL (table `abuse_counter`), so every app instance sees the same
 * counts, on the embedded PGlite and on a server alike. rate-limiter-flexible's PostgreSQL store
 * does one atomic upsert per hit (no read-then-write race under a crowd); it is used with
 * `tableCreated: true` because the table comes from our migrations.
 */
export type LimitRule = {
  /** Stable name, part of the counter key. */
  name: string;
  points: number;
  windowSeconds: number;
  /** Once exhausted, refuse for this long (default: until the window ends). */
  blockSeconds?: number;
};

const limiters = new Map<string, RateLimiterPostgres>();

/**
 * The pool as the limiter sees it, minus statement names: the library names its prepared
 * statements, and on the embedded PGlite every connection reaches the same single backend, so a
 * reopened connection (or a second pool) preparing the same name failed with "prepared statement
 * … already exists" and the request with a 500.
 */
const unnamedStatements = () => {
  const shared = pool();
  return { query: (config: { text: string; values?: unknown[] }) => shared.query({ text: config.text, values: config.values }) };
};

function limiterFor(rule: LimitRule): RateLimiterPostgres {
  const factor = env().RATE_LIMIT_FACTOR;
  const id = `${rule.name}:${rule.points}:${rule.windowSeconds}:${rule.blockSeconds ?? 0}:${factor}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: unnamedStatements(),
      storeType: 'pool',
      tableName: 'abuse_counter',
      tableCreated: true,
      keyPrefix: rule.name,
      points: Math.max(1, Math.round(rule.points * factor)),
      duration: rule.windowSeconds,
      blockDuration: rule.blockSeconds ?? 0,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

function limited(rule: LimitRule, retryMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryMs / 1000));
  return new AppError('RATE_LIMITED', 'Too many requests. Please try again later.', {
    reason: 'RATE_LIMITED',
    details: { limit: rule.name, retryAfterSeconds },
  });
}

/** Counts one hit (or `points`) for `key`; throws RATE_LIMITED when the rule is exhausted. */
export async function consumeLimit(rule: LimitRule, key: string, points = 1): Promise<void> {
  try {
    await limiterFor(rule).consume(key, points);
  } catch (thrown) {
    if (thrown instanceof RateLimiterRes) throw limited(rule, thrown.msBeforeNext);
    throw thrown;
  }
}

/** Throws RATE_LIMITED if `key` has no points left, without counting a hit (e.g. before checking a password). */
export async function assertUnderLimit(rule: LimitRule, key: string): Promise<void> {
  const state = await limiterFor(rule).get(key);
  if (state && state.remainingPoints <= 0 && state.consumedPoints >= Math.round(rule.points * env().RATE_LIMIT_FACTOR)) throw limited(rule, state.msBeforeNext);
}

/** Forgets `key` (e.g. failed passwords after a successful sign-in). */
export async function resetLimit(rule: LimitRule, key: string): Promise<void> {
  await limiterFor(rule).delete(key);
}
