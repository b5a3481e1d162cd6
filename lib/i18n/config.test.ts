import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './config';

describe('negotiateLocale', () => {
  it('defaults to French', () => {
    expect(negotiateLocale(undefined)).toBe('fr');
    expect(negotiateLocale('de-DE,de;q=0.9')).toBe('fr');
  });
  it('honours English when preferred', () => {
    expect(negotiateLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(negotiateLocale('de;q=1, en;q=0.5, fr;q=0.4')).toBe('en');
    expect(negotiateLocale('fr;q=0.9, en;q=0.1')).toBe('fr');
  });
});
