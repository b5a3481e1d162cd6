import 'server-only';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { AppError } from './errors';
import { CLIENT_HEADER } from './http/client-address';
import { assertUnderLimit, consumeLimit, resetLimit, type LimitRule } from './http/rate-limit';
import { WRITE_LIMITS } from './http/write-limits';
import { locales } from './i18n/config';

/**
 * Failed passwords counted per account (the e-mail typed), whatever address they come from: the
 * per-IP limit alone let a botnet, or one client changing X-Forwarded-For, guess forever. After
 * 10 failures in 15 minutes the password sign-in of that e-mail answers 429 until the window ends;
 * a successful sign-in clears the count. (A stranger can thereby block password sign-in for an
 * address for 15 minutes; the magic link still works for its owner.)
 */
export const FAILED_PASSWORDS: LimitRule = { name: 'password-failures', points: 10, windowSeconds: 15 * 60 };

const SIGN_IN_PATH = '/sign-in/email';
const GUEST_PATH = '/sign-in/anonymous';
const accountKey = (email: unknown) => (typeof email === 'string' ? `email:${email.trim().toLowerCase()}` : null);

function tooMany(error: AppError, message = 'Too many failed attempts for this account. Try again later.'): APIError {
  return new APIError('TOO_MANY_REQUESTS', {
    message,
    code: 'RATE_LIMITED',
    retryAfterSeconds: error.details?.retryAfterSeconds,
  });
}

export const refuseThrottledAccount = createAuthMiddleware(async (ctx) => {
  refuseBadProfile(ctx.path, ctx.body);
  // A guest asked for over HTTP counts against the same per-address limit as the guests the app
  // creates at a first write (ensureViewer, which counts its own and calls without a request).
  if (ctx.path === GUEST_PATH && ctx.request) {
    try {
      // The address the launcher resolved (TRUSTED_PROXY_HOPS included), as Better Auth's own limits read it.
      await consumeLimit(WRITE_LIMITS.guestPerIp, `ip:${ctx.request.headers.get(CLIENT_HEADER) ?? 'unknown'}`);
    } catch (thrown) {
      if (thrown instanceof AppError && thrown.code === 'RATE_LIMITED') throw tooMany(thrown, 'Too many guest sessions from this address. Try again later.');
      throw thrown;
    }
    return;
  }
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
/** A profile picture is a link (the app shows none); a longer value is not a URL anyone needs. */
export const MAX_IMAGE_URL_LENGTH = 2048;
const PROFILE_PATHS = new Set(['/sign-up/email', '/update-user', '/sign-in/magic-link']);

/** The profile fields a client may write (Better Auth's own, and `locale`) hold what the app can use, and no more. */
function refuseBadProfile(path: string, body: unknown): void {
  if (!PROFILE_PATHS.has(path)) return;
  const { name, image, locale } = (body ?? {}) as { name?: unknown; image?: unknown; locale?: unknown };
  if (typeof name === 'string' && name.trim() === '' && path !== '/sign-in/magic-link') {
    throw new APIError('BAD_REQUEST', { message: 'Enter a name.', code: 'NAME_REQUIRED' });
  }
  if (typeof name === 'string' && name.trim().length > MAX_NAME_LENGTH) {
    throw new APIError('BAD_REQUEST', { message: `The name is longer than ${MAX_NAME_LENGTH} characters.`, code: 'NAME_TOO_LONG' });
  }
  if (typeof image === 'string' && image.length > MAX_IMAGE_URL_LENGTH) {
    throw new APIError('BAD_REQUEST', { message: `The picture link is longer than ${MAX_IMAGE_URL_LENGTH} characters.`, code: 'IMAGE_TOO_LONG' });
  }
  if (locale !== undefined && locale !== null && !(locales as readonly unknown[]).includes(locale)) {
    throw new APIError('BAD_REQUEST', { message: `The language must be one of ${locales.join(', ')}.`, code: 'LOCALE_UNKNOWN' });
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
