import { describe, expect, it } from 'vitest';
import { percentOfCents, roundCents, roundPercent } from './money';

describe('rounding', () => {
  it('rounds to the nearest cent, halves away from zero', () => {
    expect(roundCents(83_333.333)).toBe(83_333);
    expect(roundCents(0.5)).toBe(1);
    expect(roundCents(2.5)).toBe(3);
    expect(roundCents(-2.5)).toBe(-3);
    expect(Object.is(roundCents(-0.2), 0)).toBe(true);
  });

  it('treats binary noise just under a half as the half it stands for', () => {
    // 1.005 € × 100 = 100.49999999999999 in doubles.
    expect(roundCents(1.005 * 100)).toBe(101);
  });

  it('percentages of amounts', () => {
    expect(percentOfCents(3_699_000, 53)).toBe(1_960_470);
    expect(percentOfCents(3_000_000, 0.05)).toBe(1_500);
  });

  it('percent to 2 decimals, halves up (directive Annex I remark (d))', () => {
    expect(roundPercent(13.066238)).toBe(13.07);
    expect(roundPercent(19.784979)).toBe(19.78);
    expect(roundPercent(16.905)).toBe(16.91);
    expect(roundPercent(16.9026, 1)).toBe(16.9);
  });
});
