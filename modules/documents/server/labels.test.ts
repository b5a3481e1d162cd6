import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { renderLabels } from './labels';
import { flat, pdfText } from './testing';

describe('car labels', () => {
  it('prints one page per car in A6 with its title, price and link', async () => {
    const bytes = await renderLabels(
      [
        { title: 'Virage Horizon GT', lines: ['Rouge Vif · jantes Aéro', 'VIN VF1ABC'], price: '42 900 €', url: 'http://localhost:3000/car/s1', caption: 'Scannez-moi' },
        { title: 'Virage Électra', lines: [], price: '39 000 €', url: 'http://localhost:3000/car/s2', caption: 'Scannez-moi' },
      ],
      'A6',
      'Étiquettes',
    );
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(2);
    const [w, h] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect([Math.round(w), Math.round(h)]).toEqual([298, 420]);
    const { text: raw } = await pdfText(bytes);
    const text = flat(raw);
    expect(text).toContain('Virage Horizon GT');
    expect(text).toContain('http://localhost:3000/car/s1');
  });
});
