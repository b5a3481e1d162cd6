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
});
