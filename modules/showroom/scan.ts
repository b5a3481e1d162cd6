import jsQR from 'jsqr';

/**
 * The tablet's QR scanner, the part that needs no camera: decoding a frame (jsQR, pure JS, from the
 * RGBA pixels of a canvas) and reading a saved configuration's code out of what the QR says. A
 * configuration's QR holds its link (`…/g/CODE`, see app/g/[code]); the tablet's own link
 * (`/dealer/showroom?code=CODE`) and a bare code are read too, so scanning is typing the code.
 */

/** The text of the QR code in an RGBA frame, or null when none is found. */
export function decodeQrFrame(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  // Printed codes are dark on light; 'attemptBoth' also reads a code shown on a dark-mode phone.
  return jsQR(rgba, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

const CODE = /^[A-Za-z0-9]{8}$/;

/** The configuration code a scanned text names, or null (another QR: a website, a payment…). */
export function codeFromScan(text: string): string | null {
  const trimmed = text.trim().slice(0, 500);
  const bare = trimmed.replace(/[\s-]/g, '');
  if (CODE.test(bare)) return bare.toUpperCase();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const fromPath = /^\/g\/([A-Za-z0-9]{8})\/?$/.exec(url.pathname)?.[1];
  const fromQuery = url.pathname === '/dealer/showroom' ? url.searchParams.get('code') : null;
  const code = fromPath ?? fromQuery ?? '';
  return CODE.test(code) ? code.toUpperCase() : null;
}
