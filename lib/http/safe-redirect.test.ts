import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it.each([
    ['/account', '/account'],
    ['/configure/horizon?trim=x#top', '/configure/horizon?trim=x#top'],
    ['/dealer/drives/abc', '/dealer/drives/abc'],
    ['/a/../b', '/b'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    ['backslash after the slash', '/\\evil.example'],
    ['encoded backslash', '/%5Cevil.example'],
    ['encoded backslash, lower case', '/%5cevil.example'],
    ['tab then slash', '/\t/evil.example'],
    ['encoded tab then slash', '/%09/evil.example'],
    ['encoded newline', '/%0A/evil.example'],
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with path', '//evil.example/account'],
    ['absolute http', 'http://evil.example/'],
    ['absolute https', 'https://evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: after a slash-less space', ' javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['relative path', 'account'],
    ['dot segments to a protocol-relative path', '/.//evil.example'],
    ['malformed escape', '/%E0%A4%A'],
    ['empty', ''],
  ])('refuses %s', (_label, input) => {
    expect(safeRedirectPath(input)).toBeNull();
  });

  it('refuses non-strings and arrays (a repeated query parameter)', () => {
    expect(safeRedirectPath(undefined)).toBeNull();
    expect(safeRedirectPath(['/a', '/b'])).toBeNull();
    expect(safeRedirectPath('/' + 'a'.repeat(3000))).toBeNull();
  });
});
