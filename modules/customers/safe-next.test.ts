import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path of this site', () => {
    expect(safeNextPath('/checkout?config=ABCD2345')).toBe('/checkout?config=ABCD2345');
  });
  it('refuses other hosts, however written', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/x\n', '', undefined, ['/a']]) expect(safeNextPath(bad)).toBeNull();
  });
});
