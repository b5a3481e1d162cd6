import { describe, expect, it } from 'vitest';
import { flowHref, readFlow } from './flow';

describe('booking flow state in the URL', () => {
  it('pre-fills the powertrain from the configured trim', () => {
    expect(readFlow({ model: 'horizon', trim: 'horizon-ev-iconic' })).toMatchObject({ model: 'horizon', powertrain: 'ev' });
  });

  it('drops unknown models, foreign powertrains and malformed values', () => {
    expect(readFlow({ model: 'nope' })).toEqual({});
    expect(readFlow({ model: 'etincelle', powertrain: 'petrol' }).powertrain).toBeUndefined();
    expect(readFlow({ model: 'horizon', kind: 'boat', postalCode: '6900', start: 'yesterday' })).toEqual({ model: 'horizon' });
  });

  it('builds links with only the set values', () => {
    expect(flowHref('/test-drive/place', { model: 'horizon', kind: 'home' }, { near: '69003' })).toBe('/test-drive/place?model=horizon&kind=home&near=69003');
  });
});
