import { describe, expect, it } from 'vitest';
import { DELIVERY_FEE_BANDS, MAX_DELIVERY_KM } from './data/delivery-fees';
import { deliveryQuote } from './delivery';

const LYON = { lat: 45.7597, lon: 4.8422 };

describe('home delivery fee (data/delivery-fees.ts)', () => {
  it('next door is the first band', () => {
    expect(deliveryQuote(LYON, LYON)).toMatchObject({ ok: true, roadKm: 0, feeCents: DELIVERY_FEE_BANDS[0]!.feeCents });
  });

  it('Lyon → Grenoble (~95 km straight, ~124 km by road) is the 250 km band', () => {
    const quote = deliveryQuote(LYON, { lat: 45.1885, lon: 5.7245 });
    expect(quote).toMatchObject({ ok: true, feeCents: 49_000 });
    if (quote.ok) expect(quote.roadKm).toBeGreaterThan(100);
  });

  it('Lyon → Brest is beyond the furthest band: refused, with the limit', () => {
    expect(deliveryQuote(LYON, { lat: 48.3904, lon: -4.4861 })).toMatchObject({ ok: false, maxKm: MAX_DELIVERY_KM });
  });

  it('the fee never decreases with distance', () => {
    const fees = DELIVERY_FEE_BANDS.map((b) => b.feeCents);
    expect([...fees].sort((a, b) => a - b)).toEqual(fees);
  });
});
