import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { catalogue } from '../data';
import { defaultConfiguration } from '../normalize';
import { quoteExact, quoteNearest, configurationInputFromJson } from './quote';

const failure = (body: unknown): AppError => {
  try {
    quoteExact(body);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected quoteExact to throw');
};

describe('quoteExact', () => {
  it('prices a valid configuration from the catalogue', () => {
    const quote = quoteExact({ model: 'horizon', paint: 'rouge-vif' });
    expect(quote.configuration.paint).toBe('rouge-vif');
    expect(quote.price.totalCents).toBeGreaterThan(quote.price.subtotalTTCCents - 1_000_000);
    expect(quote.price.lines.find((l) => l.kind === 'paint')?.amountCents).toBe(55_000);
  });

  it('refuses any price sent by the client', () => {
    const error = failure({ model: 'horizon', totalCents: 1 });
    expect(error.status).toBe(422);
    expect(error.reason).toBe('CLIENT_PRICE_REFUSED');
    expect(failure({ model: 'horizon', price: 100 }).reason).toBe('CLIENT_PRICE_REFUSED');
  });

  it('answers 404 for an unknown model and 422 for unknown codes', () => {
    expect(failure({ model: 'delorean' }).status).toBe(404);
    const unknown = failure({ model: 'horizon', options: ['laser'] });
    expect(unknown.status).toBe(422);
    expect(unknown.reason).toBe('UNKNOWN_CODE');
  });

  it('rejects incompatible selections instead of repairing them, and suggests the nearest valid car', () => {
    const error = failure({ model: 'horizon', options: ['toit-panoramique', 'coffre-de-toit', 'barres-de-toit'] });
    expect(error.reason).toBe('INVALID_CONFIGURATION');
    expect(error.details?.nearestValid).toBeDefined();
  });

  it('rejects malformed bodies and oversized lists', () => {
    expect(failure('horizon').status).toBe(400);
    expect(failure([]).status).toBe(400);
    expect(failure({ model: 'horizon', options: Array.from({ length: 100 }, (_, i) => `o${i}`) }).reason).toBe('INVALID_CONFIGURATION_SHAPE');
    expect(failure({ model: 'horizon', colour: 'red' }).reason).toBe('INVALID_CONFIGURATION_SHAPE');
    expect(failure({}).reason).toBe('MODEL_REQUIRED');
  });
});

describe('quoteNearest', () => {
  it('opens a stale link as the nearest valid car and says what changed', () => {
    const quote = quoteNearest({ model: 'horizon', paint: 'violet-disparu', options: ['toit-panoramique', 'coffre-de-toit'] });
    expect(quote.configuration.paint).toBe(defaultConfiguration(catalogue, 'horizon').paint);
    expect(quote.adjustments.length).toBeGreaterThanOrEqual(2);
    expect(quote.adjustments.map((a) => a.message.fr).join(' ')).toContain('violet-disparu');
  });

  it('changes nothing for a valid configuration', () => {
    const valid = defaultConfiguration(catalogue, 'etincelle');
    const quote = quoteNearest(valid);
    expect(quote.adjustments).toEqual([]);
    expect(quote.configuration).toEqual(valid);
  });
});

describe('configurationInputFromJson', () => {
  it('keeps well-formed stored fields and drops anything else', () => {
    expect(configurationInputFromJson({ model: 'horizon', options: ['a'] })).toEqual({ model: 'horizon', options: ['a'] });
    expect(configurationInputFromJson('nope')).toEqual({});
    expect(configurationInputFromJson({ model: 3 })).toEqual({});
  });
});
