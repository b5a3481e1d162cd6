import 'server-only';
import QRCode from 'qrcode';

/** An SVG QR code, drawn on the server (no client JS), for a saved configuration's link. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#0f172a', light: '#ffffff' } });
}
