import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code read aloud in a showroom or typed from a phone must not be ambiguous.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const shortCodePattern = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/;

export function generateShortCode(length = 8): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** Accepts what a person types: lower case, spaces or dashes. */
export function normalizeShortCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
