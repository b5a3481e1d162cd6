import { AppError } from '@/lib/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent from another site (CSRF). Browsers send
 * Origin on every cross-origin request and on same-origin POST/PATCH/DELETE; scripts and servers
 * (no Origin, no Sec-Fetch-Site) are not a CSRF vector and go through to the other checks.
 */
export function assertSameOrigin(request: Request, appUrl: string): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site');
  if (origin === null) {
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw crossSite();
    return;
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite(); // "null" (sandboxed frames, data: URLs) and garbage
  }
  const ownHost = request.headers.get('host');
  if (originHost === ownHost || originHost === new URL(appUrl).host) return;
  throw crossSite();
}

function crossSite(): AppError {
  return new AppError('FORBIDDEN', 'Requests from another site are refused.', { reason: 'CROSS_SITE_REQUEST' });
}
