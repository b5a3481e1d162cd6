import { describe, expect, it } from 'vitest';
import { analyticsPeriod, ZAnalyticsQuery } from './filters';

const NOW = new Date('2026-12-06T10:00:00Z');

describe('analytics filters', () => {
  it('keeps real days and makes the period end after the last one', () => {
    expect(analyticsPeriod(ZAnalyticsQuery.parse({ from: '2026-02-01', to: '2026-02-28' }), NOW)).toMatchObject({ fromDay: '2026-02-01', toDay: '2026-02-28', to: new Date('2026-03-01T00:00:00Z') });
  });
  it('treats impossible days as absent (default: the last 30 days), never rolling 30 February over to March', () => {
    const query = ZAnalyticsQuery.parse({ from: '2027-13-01', to: '2026-02-30', model: '../x', dealership: 'x'.repeat(41) });
    expect(query).toEqual({ from: undefined, to: undefined, model: undefined, dealership: undefined });
    expect(analyticsPeriod(query, NOW)).toMatchObject({ fromDay: '2026-11-07', toDay: '2026-12-06' });
  });
  it('caps the period at 400 days', () => {
    expect(analyticsPeriod(ZAnalyticsQuery.parse({ from: '2020-01-01', to: '2026-12-01' }), NOW).fromDay).toBe('2025-10-27');
  });
});
