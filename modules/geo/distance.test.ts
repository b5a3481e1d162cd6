import { describe, expect, it } from 'vitest';
import { distanceKm, travelMinutes } from './distance';

const PARIS = { lat: 48.8566, lon: 2.3522 };
const LYON = { lat: 45.764, lon: 4.8357 };

describe('distanceKm', () => {
  it('gives ~392 km from Paris to Lyon', () => {
    expect(distanceKm(PARIS, LYON)).toBeGreaterThan(387);
    expect(distanceKm(PARIS, LYON)).toBeLessThan(397);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(PARIS, LYON)).toBeCloseTo(distanceKm(LYON, PARIS), 9);
    expect(distanceKm(PARIS, PARIS)).toBe(0);
  });

  it('matches a known short distance (Marseille–Aix-en-Provence ≈ 25 km)', () => {
    expect(distanceKm({ lat: 43.2965, lon: 5.3698 }, { lat: 43.5297, lon: 5.4474 })).toBeCloseTo(26.6, 0);
  });
});

describe('travelMinutes', () => {
  it('is 0 for 0 km and never decreases with distance', () => {
    expect(travelMinutes(0)).toBe(0);
    let previous = 0;
    for (let km = 0; km <= 600; km += 0.5) {
      const minutes = travelMinutes(km);
      expect(minutes).toBeGreaterThanOrEqual(previous);
      previous = minutes;
    }
  });

  it('grows across every speed band', () => {
    const samples = [1, 5, 15, 40, 100, 300].map(travelMinutes);
    for (let i = 1; i < samples.length; i++) expect(samples[i]).toBeGreaterThan(samples[i - 1]!);
  });

  it('uses the road factor and band speeds (20 km straight → 26 km road → 35 min)', () => {
    // 10 km at 35 km/h + 16 km at 55 km/h = 17.14 + 17.45 min.
    expect(travelMinutes(20)).toBe(35);
  });

  it('is faster per km on long trips than in town', () => {
    expect(travelMinutes(200) / 200).toBeLessThan(travelMinutes(5) / 5);
  });

  it('rejects negative or non-finite distances', () => {
    expect(() => travelMinutes(-1)).toThrow(RangeError);
    expect(() => travelMinutes(Number.NaN)).toThrow(RangeError);
  });
});
