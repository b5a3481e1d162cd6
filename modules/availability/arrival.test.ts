import { describe, expect, it } from 'vitest';
import { arrivalState } from './arrival';

describe('arrivalState', () => {
  it('gives the date only while it is ahead; a past or today’s date is imminent', () => {
    expect(arrivalState('in_transit', '2026-12-09', '2026-12-06')).toEqual({ kind: 'on', date: '2026-12-09' });
    expect(arrivalState('in_transit', '2026-12-06', '2026-12-06')).toEqual({ kind: 'imminent' });
    expect(arrivalState('in_transit', '2026-12-01', '2026-12-06')).toEqual({ kind: 'imminent' });
    expect(arrivalState('in_stock', null, '2026-12-06')).toEqual({ kind: 'now' });
    expect(arrivalState('in_transit', null, '2026-12-06')).toEqual({ kind: 'now' });
  });
});
