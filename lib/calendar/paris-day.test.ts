import { describe, expect, it } from 'vitest';
import { parisDay } from './paris-day';

describe('parisDay', () => {
  it('is the calendar date in Paris, not in UTC', () => {
    expect(parisDay(new Date('2026-12-06T22:59:00Z'))).toBe('2026-12-06');
    expect(parisDay(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    // Summer time: Paris is UTC+2.
    expect(parisDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });
});
