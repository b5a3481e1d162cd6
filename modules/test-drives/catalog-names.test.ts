import { describe, expect, it } from 'vitest';
import { trimName } from './catalog-names';

describe('trimName', () => {
  it('names a trim as the buyer reads it, not by its code', () => {
    expect(trimName('etincelle', 'etincelle-evolution', 'fr')).not.toBe('etincelle-evolution');
    expect(trimName('etincelle', 'etincelle-evolution', 'fr')).toMatch(/^[A-ZÉ]/);
    expect(trimName('etincelle', 'gone', 'fr')).toBe('gone');
  });
});
