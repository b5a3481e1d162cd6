/**
 * Headers sent with every response (next.config.ts `headers()`). Pure data, no framework import,
 * so next.config.ts can load it and a unit test can read it.
 *
 * Content-Security-Policy, directive by directive:
 * - script-src 'self' 'unsafe-inline': the App Router writes its bootstrap and RSC payload as
 *   inline scripts (`self.__next_f.push(...)`) in every page. The alternative, a per-request
 *   nonce set by proxy.ts, forces every page into dynamic rendering (no static model and legal
 *   pages); the app renders no user-supplied HTML and allows no third-party script origin, so
 *   inline scripts are the accepted trade-off, to revisit with a nonce when payments arrive.
 * - 'wasm-unsafe-eval': the configurator's MeshoptDecoder (three/addons/libs/meshopt_decoder)
 *   compiles its embedded WebAssembly; this allows WebAssembly compilation only, not eval().
 * - 'unsafe-eval' only in development: React's dev build uses eval for its debugging stacks.
 * - img-src data: blob: — GLTFLoader hands textures embedded in .glb files to the browser as
 *   blob: URLs; small icons are data: URLs.
 * - worker-src 'self' blob: — decoder workers, should a loader start them.
 * - style-src 'unsafe-inline': React style attributes (the canvas size, progress bars).
 */
export function contentSecurityPolicy(development: boolean): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * camera: the showroom QR scanner to come; geolocation: "near me" searches; everything else off.
 * Only features Chromium knows: an unknown one ("bluetooth") logs a console warning on every page.
 */
export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'geolocation=(self)',
  'microphone=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'magnetometer=()',
  'gyroscope=()',
  'accelerometer=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

export function securityHeaders(development: boolean): Array<{ key: string; value: string }> {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // For browsers without CSP frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // HTTPS only from the first visit on, for two years (the preload list's minimum is one). Sent on
    // every response: a browser ignores it over plain HTTP (RFC 6797 §8.1), so local HTTP use is
    // unaffected, and behind a TLS-terminating proxy it is what protects the session cookie.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  ];
}
