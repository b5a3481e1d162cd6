import { describe, expect, it } from 'vitest';
import { quoteExact } from './quote';
import { compareConfigurations, type ComparedCar } from './comparison';

const car = (code: string, body: Record<string, unknown>): ComparedCar => {
  const q = quoteExact(body);
  return { code, configuration: q.configuration, price: q.price, monthlyCents: Math.round(q.price.totalCents / 48) };
};

describe('compareConfigurations', () => {
  it('flags exactly the rows where the cars differ', () => {
    const a = car('AAAAAAAA', { model: 'horizon', paint: 'rouge-vif', packs: ['hiver'] });
    const b = car('BBBBBBBB', { model: 'horizon', paint: 'gris-titane', packs: ['hiver'] });
    const rows = compareConfigurations([a, b]);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('model')?.differs).toBe(false);
    expect(byKey.get('trim')?.differs).toBe(false);
    expect(byKey.get('paint')?.differs).toBe(true);
    expect(byKey.get('pack:hiver')?.differs).toBe(false);
    expect(byKey.get('total')?.differs).toBe(true);
    expect(byKey.get('paint')?.cells).toHaveLength(2);
  });

  it('the price rows add up to each car\'s total, its weight tax included', () => {
    const heavy = car('CCCCCCCC', { model: 'magistrale' });
    const light = car('DDDDDDDD', { model: 'horizon' });
    expect(heavy.price.massMalusCents).toBeGreaterThan(0);
    const rows = new Map(compareConfigurations([heavy, light]).map((r) => [r.key, r]));
    [heavy, light].forEach((c, i) => {
      const cents = (key: string) => {
        const cell = rows.get(key)?.cells[i];
        return cell?.kind === 'money' ? cell.cents : Number.NaN;
      };
      expect(cents('subtotal') + cents('malus') + cents('mass-malus') + cents('bonus')).toBe(cents('total'));
      expect(cents('total')).toBe(c.price.totalCents);
    });
  });

  it('compares power and electric range, with no range for a car without one', () => {
    const ev = car('AAAAAAAA', { model: 'horizon', trim: 'horizon-ev-evolution' });
    const hybrid = car('BBBBBBBB', { model: 'horizon', trim: 'horizon-hybrid-evolution' });
    const byKey = new Map(compareConfigurations([ev, hybrid]).map((r) => [r.key, r]));
    expect(byKey.get('power')?.cells[0]).toMatchObject({ kind: 'text', value: { fr: expect.stringMatching(/^\d+ kW \(\d+ ch\)$/) } });
    expect(byKey.get('range')?.cells[0]).toMatchObject({ kind: 'text', value: { fr: expect.stringMatching(/km$/) } });
    expect(byKey.get('range')?.cells[1]).toEqual({ kind: 'none' });
  });

  it('lists equipment any of the cars has, with who has it', () => {
    const a = car('AAAAAAAA', { model: 'horizon', options: ['attelage'] });
    const b = car('BBBBBBBB', { model: 'horizon' });
    const c = car('CCCCCCCC', { model: 'magistrale' });
    const row = compareConfigurations([a, b, c]).find((r) => r.key === 'option:attelage');
    expect(row?.cells).toEqual([{ kind: 'included', included: true }, { kind: 'included', included: false }, { kind: 'included', included: false }]);
    expect(row?.differs).toBe(true);
    expect(compareConfigurations([a, b, c]).find((r) => r.key === 'model')?.differs).toBe(true);
  });
});
