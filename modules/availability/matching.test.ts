import { describe, expect, it } from 'vitest';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { describeDifferences, matchScore, MATCH_WEIGHTS } from './matching';

const wanted = defaultConfiguration(catalogue, 'horizon');
const otherPaint = catalogue.paints.find((p) => p.code !== wanted.paint && p.offers.horizon)!;
const otherTrim = catalogue.models.find((m) => m.code === 'horizon')!.trims.find((t) => t.code !== wanted.trim)!;
const option = catalogue.options.find((o) => !wanted.options.includes(o.code))!;

describe('matchScore and describeDifferences', () => {
  it('gives 0 and no difference for the same equipment, whatever the order of options', () => {
    const same = { ...wanted, options: [...wanted.options].reverse() };
    expect(matchScore(wanted, same)).toBe(0);
    expect(describeDifferences(catalogue, wanted, same)).toEqual([]);
  });

  it('weighs a trim more than a paint and lists each difference with names', () => {
    const vehicle = { ...wanted, trim: otherTrim.code, paint: otherPaint.code, options: [...wanted.options, option.code] };
    expect(matchScore(wanted, vehicle)).toBe(MATCH_WEIGHTS.trim + MATCH_WEIGHTS.paint + MATCH_WEIGHTS.optionOrPack);
    expect(describeDifferences(catalogue, wanted, vehicle)).toEqual([
      { field: 'trim', kind: 'different', wanted: expect.objectContaining({ fr: expect.any(String) }), actual: otherTrim.name },
      { field: 'paint', kind: 'different', wanted: expect.objectContaining({ fr: expect.any(String) }), actual: otherPaint.name },
      { field: 'option', kind: 'extra', item: option.name },
    ]);
  });

  it('lists an option the buyer wants and the car lacks as missing', () => {
    const withOption = { ...wanted, options: [option.code] };
    expect(describeDifferences(catalogue, withOption, { ...wanted, options: [] })).toEqual([{ field: 'option', kind: 'missing', item: option.name }]);
  });
});
