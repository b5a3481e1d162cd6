/**
 * The one check of a return address read from the URL (`next=`): only a path of this site comes
 * back, normalised; anything a browser could read as another origin gives null. Browsers treat
 * `\` like `/` and drop tabs and newlines inside URLs, so `/\evil.example` and `/\t/evil.example`
 * are both `//evil.example` (another host) by the time they are followed.
 */
const BASE = 'http://virage.invalid';
const MAX_LENGTH = 2048;
// Control characters (tab, newline, NUL...) and the backslash, raw or once decoded.
// eslint-disable-next-line no-control-regex
const DANGEROUS = /[\u0000-\u001f\u007f\\]/;

export function safeRedirectPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  for (const form of [value, decoded]) {
    if (!form.startsWith('/') || form.startsWith('//') || DANGEROUS.test(form)) return null;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A normalised path such as `/a/..//x` could still come out protocol-relative.
  return path.startsWith('//') ? null : path;
}
