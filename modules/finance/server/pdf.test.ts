import { describe, expect, it } from 'vitest';
import { encodeWinAnsi, renderPdf, wrapText } from './pdf';

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

/** A small reader of what renderPdf writes: xref table, objects, streams and hex text. */
function parse(bytes: Uint8Array) {
  const text = latin1(bytes);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  const xref = text.slice(startxref);
  const header = /^xref\n0 (\d+)\n/.exec(xref);
  const size = Number(header?.[1]);
  const entries = xref.slice(header?.[0].length).split('\n').slice(0, size);
  const trailer = /trailer\n<< \/Size (\d+) \/Root (\d+) 0 R/.exec(xref);
  const objects = new Map<number, string>();
  entries.forEach((entry, id) => {
    if (id === 0) return;
    const offset = Number(entry.slice(0, 10));
    const body = text.slice(offset, text.indexOf('\nendobj\n', offset));
    objects.set(id, body);
  });
  return { text, startxref, size, entries, trailer, objects };
}

const decodeHexStrings = (stream: string) =>
  [...stream.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) => m[1]!.match(/../g)!.map((h) => parseInt(h, 16)));

describe('renderPdf', () => {
  const pdf = renderPdf({
    title: 'Récapitulatif',
    lines: [
      { text: 'Votre offre Virage', size: 16, bold: true },
      { text: 'Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.' },
      { text: 'Mensualité : 512,30 €' },
      ...Array.from({ length: 80 }, (_, i) => ({ text: `Ligne ${i + 1}` })),
    ],
  });
  const parsed = parse(pdf);

  it('has a PDF 1.4 header, an xref table whose offsets point at each object, and a trailer', () => {
    expect(parsed.text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(parsed.text.slice(parsed.startxref, parsed.startxref + 4)).toBe('xref');
    expect(parsed.entries[0]).toBe('0000000000 65535 f ');
    for (const [id, body] of parsed.objects) expect(body.startsWith(`${id} 0 obj\n`)).toBe(true);
    expect(Number(parsed.trailer?.[1])).toBe(parsed.size);
    expect(parsed.objects.get(Number(parsed.trailer?.[2]))).toContain('/Type /Catalog');
  });

  it('declares stream lengths that match the stream bytes, and lays long text over several pages', () => {
    const pages = parsed.objects.get(2)!;
    const count = Number(/\/Count (\d+)/.exec(pages)?.[1]);
    expect(count).toBeGreaterThan(1);
    const streams = [...parsed.objects.values()].filter((body) => body.includes('stream\n'));
    expect(streams).toHaveLength(count);
    for (const body of streams) {
      const length = Number(/\/Length (\d+)/.exec(body)?.[1]);
      const content = body.slice(body.indexOf('stream\n') + 7, body.lastIndexOf('\nendstream'));
      expect(content.length).toBe(length);
    }
  });

  it('uses Helvetica in WinAnsiEncoding and writes accents and the euro sign as WinAnsi bytes', () => {
    expect(parsed.objects.get(3)).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    const lines = [...parsed.objects.values()].flatMap((body) => decodeHexStrings(body)).map((bytes) => bytes);
    const all = lines.map((bytes) => bytes.map((b) => (b === 0x80 ? '€' : String.fromCharCode(b))).join(''));
    expect(all.join(' ')).toContain('Un crédit vous engage et doit être remboursé.');
    expect(all).toContain('Mensualité : 512,30 €');
  });
});

describe('encodeWinAnsi', () => {
  it('maps French characters, narrow spaces and unknown ones', () => {
    expect(encodeWinAnsi('é€œ’\u202f→')).toEqual([0xe9, 0x80, 0x9c, 0x92, 0xa0, 0x3f]);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('un deux trois quatre cinq six sept huit neuf dix', 10, 100);
    expect(lines.join(' ')).toBe('un deux trois quatre cinq six sept huit neuf dix');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });
});
