import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { anonymous, magicLink } from 'better-auth/plugins';
import { mergeGuestIntoAccount } from './guest-merge';
import { database } from './db';
import { countFailedPassword, refuseThrottledAccount } from './auth-throttle';
import { env } from './env';
import { CLIENT_HEADER } from './http/client-address';
import { existingAccountMail, magicLinkMail, verifyEmailMail } from './mail/templates';
import { enqueueMail } from './mail/outbox';

function createAuth() {
  const config = env();
  return betterAuth({
    appName: 'Virage',
    baseURL: config.APP_URL,
    secret: config.BETTER_AUTH_SECRET,
    // Besides APP_URL, the host the browser actually used (127.0.0.1, a showroom tablet on the LAN):
    // an Origin equal to the request's own Host is same-origin, so this keeps cross-site requests out.
    trustedOrigins: (request) => {
      const host = request?.headers.get('host');
      if (!request || !host) return [];
      const protocol = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
      return [`${protocol}://${host}`];
    },
    database: prismaAdapter(database(), { provider: 'postgresql' }),
    // Sign-up answers alike whether or not the address has an account, and neither signs in: the new
    // owner confirms the address from the e-mailed link, which signs them in (and moves what their guest
    // session held); the owner of an existing account is told by e-mail instead. Signing in right after
    // sign-up would tell a stranger, by behaviour, which addresses have an account.
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: false,
      requireEmailVerification: true,
      onExistingUserSignUp: async ({ user }) => {
        await enqueueMail(existingAccountMail(user.email, `${config.APP_URL}/sign-in`));
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // The link is sent at sign-up, again when an unconfirmed account tries to sign in, and on request at
    // checkout (an order needs a confirmed address), always through the outbox.
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60,
      sendVerificationEmail: async ({ user, url }) => {
        await enqueueMail(verifyEmailMail(user.email, url));
      },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'customer', input: false },
        dealershipId: { type: 'string', required: false, input: false },
        locale: { type: 'string', required: false, input: true },
      },
    },
    // The client address the launcher's HTTP server stamped from the socket (and TRUSTED_PROXY_HOPS),
    // never X-Forwarded-For as the client sent it: a new value per request escaped every limit.
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
      // Session cookies only over TLS whenever the public URL is https, whatever NODE_ENV says.
      useSecureCookies: new URL(config.APP_URL).protocol === 'https:',
    },
    hooks: { before: refuseThrottledAccount, after: countFailedPassword },
    // Stored in PostgreSQL so every app instance counts the same attempts.
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: config.AUTH_SIGNIN_LIMIT_PER_MINUTE },
        '/sign-in/magic-link': { window: 60, max: config.AUTH_SIGNIN_LIMIT_PER_MINUTE },
        '/sign-up/email': { window: 60, max: config.AUTH_SIGNIN_LIMIT_PER_MINUTE },
        '/send-verification-email': { window: 60, max: config.AUTH_SIGNIN_LIMIT_PER_MINUTE },
        // The pages no longer start guest sessions (ensureViewer does, limited): a browser has no use for many.
        '/sign-in/anonymous': { window: 60, max: Math.max(1, Math.round(5 * config.RATE_LIMIT_FACTOR)) },
      },
    },
    plugins: [
      anonymous({
        emailDomainName: 'guest.virage.invalid',
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await mergeGuestIntoAccount(database(), anonymousUser.user.id, newUser.user.id);
        },
      }),
      magicLink({
        expiresIn: 15 * 60,
        sendMagicLink: async ({ email, url }) => {
          await enqueueMail(magicLinkMail(email, url));
        },
      }),
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globals = globalThis as { virageAuth?: Auth };

export function auth(): Auth {
  globals.virageAuth ??= createAuth();
  return globals.virageAuth;
}
