import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** Where the embedded database lives; VIRAGE_DATA_DIR lets tests and a second demo use another one. */
export function dataDir(): string {
  return path.resolve(projectRoot, process.env.VIRAGE_DATA_DIR ?? '.data');
}

/**
 * A zero-set-up secret for the embedded demo, created once and kept next to its data so sessions
 * survive restarts. With a real PostgreSQL and several instances, set BETTER_AUTH_SECRET yourself.
 */
export function ensureAuthSecret(dir: string): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
