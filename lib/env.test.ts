import { describe, expect, it } from 'vitest';
import { parseServerEnv } from './env';

const valid = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/virage',
  BETTER_AUTH_SECRET: 'x'.repeat(32),
};

describe('parseServerEnv', () => {
  it('accepts a minimal valid environment and fills defaults', () => {
    const env = parseServerEnv(valid);
    expect(env.APP_URL).toBe('http://localhost:3000');
    expect(env.VIRAGE_EMBEDDED_DB).toBe('0');
  });

  it('names a missing DATABASE_URL', () => {
    expect(() => parseServerEnv({ BETTER_AUTH_SECRET: 'x'.repeat(32) })).toThrow(/DATABASE_URL/);
  });

  it('names a malformed variable with the reason', () => {
    expect(() => parseServerEnv({ ...valid, SMTP_URL: 'mail.example.com' })).toThrow(/SMTP_URL: SMTP_URL must look like/);
    expect(() => parseServerEnv({ ...valid, BETTER_AUTH_SECRET: 'short' })).toThrow(/BETTER_AUTH_SECRET/);
  });

  it('refuses one Stripe key without the other: deposits would silently use the test-payment page', () => {
    expect(() => parseServerEnv({ ...valid, STRIPE_SECRET_KEY: 'sk_live_x' })).toThrow(/Set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/);
    expect(() => parseServerEnv({ ...valid, STRIPE_WEBHOOK_SECRET: 'whsec_x' })).toThrow(/Set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/);
    expect(parseServerEnv({ ...valid, STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' }).STRIPE_SECRET_KEY).toBe('sk_live_x');
  });
});
