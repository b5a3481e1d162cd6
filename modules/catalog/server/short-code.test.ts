import { describe, expect, it } from 'vitest';
import { generateShortCode, normalizeShortCode, shortCodePattern } from './short-code';

describe('short codes', () => {
  it('are 8 unambiguous characters', () => {
    for (let i = 0; i < 200; i++) expect(generateShortCode()).toMatch(shortCodePattern);
  });
  it('accept what a person types', () => {
    expect(normalizeShortCode('ab2c-d3ef ')).toBe('AB2CD3EF');
    expect(shortCodePattern.test(normalizeShortCode('abcd-0123'))).toBe(false);
  });
});
