import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { codeFromScan, decodeQrFrame } from './scan';

/** A QR code as a camera frame would give it: RGBA pixels, dark modules on white, with a quiet zone. */
function frameOf(text: string, scale = 6, margin = 4): { rgba: Uint8ClampedArray; width: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const width = (modules.size + 2 * margin) * scale;
  const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const mx = Math.floor(x / scale) - margin;
      const my = Math.floor(y / scale) - margin;
      const dark = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx);
      if (dark) rgba.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { rgba, width };
}

describe('the tablet QR scanner', () => {
  it('decodes a saved configuration QR (its link) into the code, as if typed', () => {
    const { rgba, width } = frameOf('https://virage.example/g/AB3CD4EF');
    const text = decodeQrFrame(rgba, width, width);
    expect(text).toBe('https://virage.example/g/AB3CD4EF');
    expect(codeFromScan(text ?? '')).toBe('AB3CD4EF');
  });

  it('reads the inverted code a dark-mode phone shows', () => {
    const { rgba, width } = frameOf('AB3CD4EF');
    for (let i = 0; i < rgba.length; i += 4) for (let c = 0; c < 3; c++) rgba[i + c] = 255 - (rgba[i + c] ?? 0);
    expect(codeFromScan(decodeQrFrame(rgba, width, width) ?? '')).toBe('AB3CD4EF');
  });

  it('finds nothing in a blank frame', () => {
    expect(decodeQrFrame(new Uint8ClampedArray(200 * 200 * 4).fill(255), 200, 200)).toBeNull();
  });

  it('takes the code from the configuration link, the tablet link or the bare code; nothing else', () => {
    expect(codeFromScan('https://virage.example/g/ab3cd4ef/')).toBe('AB3CD4EF');
    expect(codeFromScan('http://localhost:3000/dealer/showroom?code=AB3CD4EF')).toBe('AB3CD4EF');
    expect(codeFromScan(' AB3C-D4EF ')).toBe('AB3CD4EF');
    expect(codeFromScan('https://pay.example/invoice/123')).toBeNull();
    expect(codeFromScan('javascript:alert(1)//AB3CD4EF')).toBeNull();
    expect(codeFromScan('https://virage.example/g/AB3CD4EF/../../admin')).toBeNull();
    expect(codeFromScan('WIFI:S:shop;T:WPA;P:secret;;')).toBeNull();
  });
});
