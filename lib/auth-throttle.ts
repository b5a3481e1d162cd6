import 'server-only';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { AppError } from './errors';
import { assertUnderLimit, consumeLimit, resetLimit, type LimitRule } from './http/rate-limit';

/**
 * Failed passwords counted per account (the e-mail typed), whatever address they come from: the
 * per-IP limit alone let a botnet, or one client changing X-Forwarded-For, guess forever. After
 * 10 failures in 15 minutes the password sign-in of that e-mail answers 429 until the window ends;
 * a successful sign-in clears the count. (A stranger can thereby block password sign-in for an
 * address for 15 minutes; the magic link still works for its owner.)
 */
export const FAILED_PASSWORDS: LimitRule = { name: 'password-failures', points: 10, windowSeconds: 15 * 60 };

const SIGN_IN_PATH = '/sign-in/email';
const accountKey = (email: unknown) => (typeof email === 'string' ? `email:${email.trim().toLowerCase()}` : null);

function tooMany(error: AppError): APIError {
  return new APIError('TOO_MANY_REQUESTS', {
    message: 'Too many failed attempts for this account. Try again later.',
    code: 'RATE_LIMITED',
    retryAfterSeconds: error.details?.retryAfterSeconds,
  });
}

export const refuseThrottledAccount = createAuthMiddleware(async (ctx) => {
  refuseLongName(ctx.path, ctx.body);
  if (ctx.path !== SIGN_IN_PATH) return;
  const key = accountKey((ctx.body as { email?: unknown } | undefined)?.email);
  if (key === null) return;
  try {
    await assertUnderLimit(FAILED_PASSWORDS, key);
  } catch (thrown) {
    if (thrown instanceof AppError && thrown.code === 'RATE_LIMITED') throw tooMany(thrown);
    throw thrown;
  }
});

/** Every person's name is bounded alike (it is shown in the header and in e-mails). */
export const MAX_NAME_LENGTH = 100;
const NAMED_PATHS = new Set(['/sign-up/email', '/update-user', '/sign-in/magic-link']);

function refuseLongName(path: string, body: unknown): void {
  if (!NAMED_PATHS.has(path)) return;
  const name = (body as { name?: unknown } | undefined)?.name;
  if (typeof name === 'string' && name.trim().length > MAX_NAME_LENGTH) {
    throw new APIError('BAD_REQUEST', { message: `The name is longer than ${MAX_NAME_LENGTH} characters.`, code: 'NAME_TOO_LONG' });
  }
}

export const countFailedPassword = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const key = accountKey((ctx.body as { email?: unknown } | undefined)?.email);
  if (key === null) return;
  const returned = ctx.context.returned;
  if (isAPIError(returned)) {
    if (returned.statusCode !== 401) return;
    try {
      await consumeLimit(FAILED_PASSWORDS, key);
    } catch (thrown) {
      if (!(thrown instanceof AppError && thrown.code === 'RATE_LIMITED')) throw thrown;
    }
    return;
  }
  await resetLimit(FAILED_PASSWORDS, key);
});
