import { describe, expect, it } from 'vitest';
import { arrivalState, networkToday } from './arrival';

describe('arrivalState', () => {
  it('gives the date only while it is ahead; a past or today’s date is imminent', () => {
    expect(arrivalState('in_transit', '2026-12-09', '2026-12-06')).toEqual({ kind: 'on', date: '2026-12-09' });
    expect(arrivalState('in_transit', '2026-12-06', '2026-12-06')).toEqual({ kind: 'imminent' });
    expect(arrivalState('in_transit', '2026-12-01', '2026-12-06')).toEqual({ kind: 'imminent' });
    expect(arrivalState('in_stock', null, '2026-12-06')).toEqual({ kind: 'now' });
    expect(arrivalState('in_transit', null, '2026-12-06')).toEqual({ kind: 'now' });
  });
});

describe('networkToday', () => {
  it('is the calendar date in Paris, not in UTC', () => {
    expect(networkToday(new Date('2026-12-06T22:59:00Z'))).toBe('2026-12-06');
    expect(networkToday(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    // Summer time: Paris is UTC+2.
    expect(networkToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });
});
