/**
 * A return address after sign-in/sign-up: a path on this site only. "//host" and "/\host" are
 * read by browsers as another host, so they are refused like absolute URLs (no open redirect).
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (/[\u0000-\u001f]/.test(value)) return null;
  return value;
}
