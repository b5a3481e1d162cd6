import { describe, expect, it } from 'vitest';
import { canCheckIn, CHECK_IN_MARGIN_MINUTES, MAX_PLAUSIBLE_DRIVE_KM, mileageIssue } from './drive-checks';

describe('check-in window', () => {
  const start = new Date('2026-12-09T09:00:00Z');
  it('opens a set margin before the start, not days before', () => {
    expect(canCheckIn(start, new Date('2026-12-06T09:00:00Z'))).toBe(false);
    expect(canCheckIn(start, new Date(start.getTime() - (CHECK_IN_MARGIN_MINUTES + 1) * 60_000))).toBe(false);
    expect(canCheckIn(start, new Date(start.getTime() - CHECK_IN_MARGIN_MINUTES * 60_000))).toBe(true);
    expect(canCheckIn(start, new Date(start.getTime() + 10 * 60_000))).toBe(true);
  });
});

describe('mileage plausibility', () => {
  it('accepts a drive-sized distance, refuses lower readings and implausible distances', () => {
    expect(mileageIssue(12_000, 12_031)).toBeNull();
    expect(mileageIssue(12_000, 12_000 + MAX_PLAUSIBLE_DRIVE_KM)).toBeNull();
    expect(mileageIssue(12_000, 11_999)).toBe('lower');
    expect(mileageIssue(12_000, 95_000)).toBe('implausible');
    expect(mileageIssue(null, 95_000)).toBeNull();
  });
});
