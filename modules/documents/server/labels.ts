import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import QRCode from 'qrcode';

/**
 * Car labels for the showroom floor: one page per car, A4 (windscreen sheet) or A6 (desk card),
 * with its QR code. The QR is drawn as a PNG by the `qrcode` package and embedded with pdf-lib,
 * like the rest of Virage's documents (DejaVu Sans embedded: every accent prints).
 */
export type CarLabel = { title: string; lines: readonly string[]; price: string; url: string; caption: string };
export type LabelFormat = 'A4' | 'A6';

const SIZES: Record<LabelFormat, [number, number]> = { A4: [595.28, 841.89], A6: [297.64, 419.53] };
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

export async function renderLabels(labels: readonly CarLabel[], format: LabelFormat, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setLanguage('fr-FR');
  const [regularBytes, boldBytes] = await Promise.all([readFile(path.join(FONT_DIR, 'DejaVuSans.ttf')), readFile(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'))]);
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  const [width, height] = SIZES[format];
  const scale = format === 'A4' ? 1 : 0.5;
  const margin = 40 * scale + 10;
  for (const label of labels) {
    const page = pdf.addPage([width, height]);
    let y = height - margin - 28 * scale;
    page.drawText(label.title, { x: margin, y, size: 28 * scale + 4, font: bold, color: rgb(0.06, 0.09, 0.16), maxWidth: width - 2 * margin });
    y -= 40 * scale + 6;
    for (const line of label.lines) {
      page.drawText(line, { x: margin, y, size: 14 * scale + 3, font: regular, color: rgb(0.2, 0.22, 0.26), maxWidth: width - 2 * margin });
      y -= 22 * scale + 4;
    }
    y -= 10 * scale;
    page.drawText(label.price, { x: margin, y, size: 32 * scale + 4, font: bold, color: rgb(0.06, 0.09, 0.16) });
    const png = await QRCode.toBuffer(label.url, { type: 'png', margin: 1, errorCorrectionLevel: 'M', width: 512 });
    const image = await pdf.embedPng(png);
    const side = Math.min(width - 2 * margin, y - margin - 60 * scale, 320 * scale + 40);
    page.drawImage(image, { x: (width - side) / 2, y: margin + 40 * scale + 10, width: side, height: side });
    page.drawText(label.caption, { x: margin, y: margin + 20 * scale, size: 11 * scale + 3, font: regular, color: rgb(0.38, 0.42, 0.48), maxWidth: width - 2 * margin });
    page.drawText(label.url, { x: margin, y: margin, size: 8 * scale + 3, font: regular, color: rgb(0.38, 0.42, 0.48), maxWidth: width - 2 * margin });
  }
  return pdf.save();
}
