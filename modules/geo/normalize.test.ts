import { describe, expect, it } from 'vitest';
import { boundedEditDistance, normalizePlaceName } from './normalize';

describe('normalizePlaceName', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ['ST ETIENNE', 'saint etienne'],
    ['Ste-Foy-lès-Lyon', 'sainte foy les lyon'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['  Aix   en Provence ', 'aix en provence'],
    ['Bastia', 'bastia'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePlaceName(input)).toBe(expected);
  });
});

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions, deletions and swaps', () => {
    expect(boundedEditDistance('marseille', 'marseille', 2)).toBe(0);
    expect(boundedEditDistance('marseile', 'marseille', 2)).toBe(1);
    expect(boundedEditDistance('mraseille', 'marseille', 2)).toBe(1);
    expect(boundedEditDistance('lyon', 'leon', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops at max + 1', () => {
    expect(boundedEditDistance('paris', 'toulouse', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('handles strings longer than its reused buffers', () => {
    const long = 'x'.repeat(200);
    expect(boundedEditDistance(long, `${long}y`, 1)).toBe(1);
  });
});
