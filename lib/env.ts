import { z } from 'zod';

/**
 * Server environment, validated once at start-up. A bad or missing variable stops the process
 * with a message naming it, instead of failing later inside a request.
 */
const ZServerEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (the launcher sets it for the embedded database)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
  /** Set by the launcher when the database is the embedded PGlite (one backend: pool of 1). */
  VIRAGE_EMBEDDED_DB: z.enum(['0', '1']).default('0'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  BETTER_AUTH_SECRET: z.string().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters'),
  APP_URL: z.url('APP_URL must be an absolute URL such as http://localhost:3000').default('http://localhost:3000'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must look like smtp://user:pass@host:587')
    .optional(),
  MAIL_FROM: z.string().default('Virage <no-reply@virage.example>'),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'STRIPE_SECRET_KEY must start with sk_').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'STRIPE_WEBHOOK_SECRET must start with whsec_').optional(),
  /** Order deposits in euros (defaults: 500 on a factory order, 1,000 on a stock car). */
  ORDER_DEPOSIT_FACTORY_EUR: z.coerce.number().min(0).max(100_000).optional(),
  ORDER_DEPOSIT_STOCK_EUR: z.coerce.number().min(0).max(100_000).optional(),
  /** Points the Stripe SDK at another host (tests use a local stand-in). */
  STRIPE_API_BASE: z.url().optional(),
  /** Password / magic-link sign-in attempts allowed per client IP and minute. */
  AUTH_SIGNIN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(8),
  /** Proxies in front of the app that append to X-Forwarded-For (0: the socket peer is the client). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Multiplies every abuse limit (the e2e server raises them; 1 in production). */
  RATE_LIMIT_FACTOR: z.coerce.number().positive().max(10_000).default(1),
  /** How long before a drive's start its driver may be checked in (the e2e server widens it to run a drive booked for a later day). */
  CHECK_IN_MARGIN_MINUTES: z.coerce.number().int().min(0).max(43_200).default(60),
  /** Days after which an idle guest identity with nothing attached is deleted (job guests.cleanup). */
  GUEST_IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Minutes after a key step (order, handover, showroom visit) before its satisfaction survey is e-mailed. */
  SURVEY_DELAY_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  /** Days journey events are kept with their customer; older ones are deleted (the daily rollups keep the counts). */
  JOURNEY_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  /** Disables the background workers in this instance (jobs are still enqueued). */
  VIRAGE_WORKERS: z.enum(['on', 'off']).default('on'),
  /** Redis for the chat's fan-out across instances (pub/sub); unset: PostgreSQL LISTEN/NOTIFY, or in-process on the embedded database. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must look like redis://127.0.0.1:6379')
    .optional(),
  /** How many live conversations an advisor is given automatically before assignment skips them (a soft limit: they may still claim more). */
  CHAT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(50).default(4),
}).refine((e) => (e.STRIPE_SECRET_KEY === undefined) === (e.STRIPE_WEBHOOK_SECRET === undefined), {
  // With one key only, deposits would silently fall back to the built-in test-payment page.
  message: 'Set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (real Stripe) or neither (the built-in test-payment page)',
  path: ['STRIPE_WEBHOOK_SECRET'],
});

export type ServerEnv = z.infer<typeof ZServerEnv>;

export function formatEnvError(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  return `Invalid environment configuration:\n${lines.join('\n')}`;
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = ZServerEnv.safeParse(source);
  if (!result.success) throw new Error(formatEnvError(result.error));
  return result.data;
}

let cached: ServerEnv | undefined;

export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
