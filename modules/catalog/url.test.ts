import { describe, expect, it } from 'vitest';
import { catalogue } from './data';
import { normalizeConfiguration } from './normalize';
import {
  configurationChangeSchema,
  configurationFromParams,
  configurationInputSchema,
  encodeConfiguration,
  MAX_LIST_LENGTH,
  MAX_PARAMS_LENGTH,
  parseConfigurationParams,
} from './url';

const sample = normalizeConfiguration(catalogue, {
  model: 'horizon',
  trim: 'horizon-ev-iconic',
  paint: 'gris-mat',
  wheels: 'turbine',
  interior: 'cuir-cognac',
  packs: ['hiver', 'tech'],
  options: ['attelage'],
}).configuration;

describe('encodeConfiguration / parseConfigurationParams', () => {
  it('writes a short readable query string', () => {
    expect(encodeConfiguration(sample)).toBe('m=horizon&t=horizon-ev-iconic&p=gris-mat&w=turbine&i=cuir-cognac&k=hiver,tech&o=attelage');
  });

  it('round-trips through a query string, URLSearchParams and a Next searchParams object', () => {
    const qs = encodeConfiguration(sample);
    for (const source of [qs, `?${qs}`, new URLSearchParams(qs), Object.fromEntries(new URLSearchParams(qs))]) {
      const r = configurationFromParams(catalogue, source);
      expect(r).toEqual({ ok: true, configuration: sample, adjustments: [], unknownCodes: [] });
    }
  });

  it('accepts repeated keys and comma lists', () => {
    const r = parseConfigurationParams(catalogue, { m: 'horizon', o: ['attelage', 'toit-panoramique,vitrage-surteinte'] });
    expect(r.ok && r.input.options).toEqual(['attelage', 'toit-panoramique', 'vitrage-surteinte']);
  });

  it('reports unknown codes and opens the nearest valid configuration', () => {
    const r = configurationFromParams(catalogue, 'm=magistrale&t=magistrale-ev-gt&p=rose&o=attelage,fusee&k=tech');
    expect(r.ok && r.unknownCodes).toEqual([
      { field: 'paint', code: 'rose' },
      { field: 'options', code: 'fusee' },
    ]);
    expect(r.ok && r.configuration).toMatchObject({ model: 'magistrale', trim: 'magistrale-ev-gt', paint: 'noir-onyx', options: ['attelage'], packs: [] });
    expect(r.ok && r.adjustments.map((a) => a.message.en)).toEqual([
      'Unknown code "rose": the Onyx Black paint instead',
      'Removed: Tech Pack — not available on the Virage Magistrale',
      'Unknown code ignored: "fusee"',
    ]);
  });

  it('rejects oversized input', () => {
    expect(parseConfigurationParams(catalogue, { m: 'x'.repeat(49) })).toMatchObject({ ok: false, error: 'too-large' });
    const many = Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, i) => `o${i}`).join(',');
    expect(parseConfigurationParams(catalogue, `o=${many}`).ok).toBe(false);
    expect(parseConfigurationParams(catalogue, `z=${'a'.repeat(MAX_PARAMS_LENGTH)}`).ok).toBe(false);
    expect(configurationFromParams(catalogue, `o=${many}`)).toMatchObject({ ok: false, message: { en: 'Configuration link too long: it was ignored' } });
  });

  it('ignores unrelated parameters and empty values', () => {
    const r = configurationFromParams(catalogue, 'utm_source=mail&m=&o=,,');
    expect(r).toMatchObject({ ok: true, adjustments: [], configuration: { model: 'etincelle', options: [] } });
  });
});

describe('schemas for server actions', () => {
  it('accept a bounded configuration and a known change type only', () => {
    expect(configurationInputSchema.safeParse(sample).success).toBe(true);
    expect(configurationInputSchema.safeParse({ ...sample, options: Array(MAX_LIST_LENGTH + 1).fill('a') }).success).toBe(false);
    expect(configurationChangeSchema.safeParse({ type: 'select-option', code: 'attelage' }).success).toBe(true);
    expect(configurationChangeSchema.safeParse({ type: 'set-price', code: '1' }).success).toBe(false);
  });
});
