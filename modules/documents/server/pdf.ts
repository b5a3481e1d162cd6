/**
 * The document layer for every PDF Virage hands out (offer summary, pre-contractual information
 * sheet, and later the order form): a document is a list of blocks; this module lays them out on
 * A4 pages with pdf-lib and an embedded DejaVu Sans, so every character of a French or foreign
 * name prints (Latin with all diacritics, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic).
 * Chinese and Japanese (Han, kana) are drawn with Noto Sans SC, Korean (Hangul) with Noto Sans KR,
 * run by run: a line is cut into runs of the first font that has each glyph. Each fallback font
 * (10 MB and 6 MB) is read only when a document has characters the fonts before it lack, and, like
 * DejaVu, only the glyphs used are embedded. Line breaks use the fonts' real glyph widths.
 *
 * Why pdf-lib (+ @pdf-lib/fontkit for the TrueType font): pure JavaScript with no file-system access
 * of its own (pdfkit reads its font metrics from disk at run time, which bundlers break), no React
 * renderer to run on the server (@react-pdf/renderer), and it writes a ToUnicode map for embedded
 * fonts, so the text can be searched, copied and read back by tests. The font comes from the
 * `dejavu-fonts-ttf` npm package (TTF files; @fontsource ships WOFF only); the CJK ones from
 * `@expo-google-fonts/noto-sans-sc` and `@expo-google-fonts/noto-sans-kr` (Google Fonts' TTF, one file
 * per weight; the regular weight is used for bold runs too).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { type Coverage, embedFallbacks, loadFonts } from './fonts';

export type Block =
  | { readonly kind: 'heading'; readonly text: string; readonly level?: 1 | 2 | 3 }
  | { readonly kind: 'paragraph'; readonly text: string; readonly size?: number; readonly bold?: boolean }
  /** Must stand out (legal warnings): bold, larger, in a frame. */
  | { readonly kind: 'notice'; readonly text: string; readonly note?: string }
  /** Two-column rows: label, value. */
  | { readonly kind: 'table'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'spacer'; readonly height: number }
  /**
   * A JPEG picture (the car's still), drawn at `width` points with its aspect ratio, and its
   * description printed under it as a caption: untagged PDFs have no alt attribute to carry it.
   */
  | { readonly kind: 'image'; readonly jpeg: Uint8Array; readonly aspect: number; readonly caption: string; readonly width?: number };

export type DocumentSpec = {
  readonly title: string;
  readonly lang: 'fr' | 'en';
  /** Printed at the top of every page. */
  readonly header: string;
  /** Printed at the bottom of every page, before the page number. */
  readonly footer: string;
  readonly blocks: readonly Block[];
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;
const TOP = A4[1] - MARGIN - 18;
const BOTTOM = MARGIN + 24;
const INK = rgb(0.1, 0.12, 0.16);
const GREY = rgb(0.38, 0.42, 0.48);

/**
 * A font as the layout sees it: one or more embedded fonts tried in order for each character, so a
 * line mixing Latin and Chinese is drawn in runs. Measures like a PDFFont (wrap() takes either).
 */
export class Typeface {
  constructor(private readonly faces: readonly { readonly font: PDFFont; readonly covers: Coverage }[]) {}

  /** The text cut into runs, each with the first font that has its glyphs (the first font when none has). */
  runs(text: string): { text: string; font: PDFFont }[] {
    const out: { text: string; font: PDFFont }[] = [];
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      const face = this.faces.find((f) => f.covers(cp)) ?? this.faces[0];
      if (!face) continue;
      const last = out.at(-1);
      if (last && last.font === face.font) last.text += char;
      else out.push({ text: char, font: face.font });
    }
    return out;
  }

  widthOfTextAtSize(text: string, size: number): number {
    return this.runs(text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
  }

  draw(page: PDFPage, text: string, options: { x: number; y: number; size: number; color: ReturnType<typeof rgb> }) {
    let x = options.x;
    for (const run of this.runs(text)) {
      page.drawText(run.text, { ...options, x, font: run.font });
      x += run.font.widthOfTextAtSize(run.text, options.size);
    }
  }
}

/** Every string a document prints, to know before embedding which fallback fonts it needs. */
function allText(spec: DocumentSpec): string {
  const parts = [spec.title, spec.header, spec.footer];
  for (const b of spec.blocks) {
    if (b.kind === 'table') parts.push(...b.rows.flat());
    else if (b.kind === 'image') parts.push(b.caption);
    else if (b.kind === 'notice') parts.push(b.text, b.note ?? '');
    else if (b.kind !== 'spacer') parts.push(b.text);
  }
  return parts.join(' ');
}

/** Narrow and thin spaces (French number formatting) as ordinary no-break spaces, which every viewer handles. */
const normalise = (text: string) => text.replace(/[\u202f\u2009\u2007]/g, '\u00a0');

type Measure = { widthOfTextAtSize(text: string, size: number): number };

/** Greedy line breaking on spaces with the font's real widths; a word longer than the line (or unspaced CJK text) is cut. */
export function wrap(text: string, font: Measure, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of normalise(text).split('\n')) {
    let current = '';
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = word;
      while (font.widthOfTextAtSize(current, size) > width && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(current.slice(0, cut), size) > width) cut--;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    lines.push(current);
  }
  return lines;
}

class Layout {
  private page: PDFPage;
  private y = TOP;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: Typeface,
    private readonly bold: Typeface,
  ) {
    this.page = this.addPage();
  }

  private addPage(): PDFPage {
    const page = this.doc.addPage(A4);
    this.pages.push(page);
    this.y = TOP;
    return page;
  }

  private ensure(height: number) {
    if (this.y - height < BOTTOM) this.page = this.addPage();
  }

  text(text: string, size: number, bold = false, color = INK, indent = 0) {
    const font = bold ? this.bold : this.regular;
    const leading = size * 1.35;
    for (const line of wrap(text, font, size, WIDTH - indent)) {
      this.ensure(leading);
      this.y -= leading;
      font.draw(this.page, line, { x: MARGIN + indent, y: this.y, size, color });
    }
  }

  async image(jpeg: Uint8Array, aspect: number, caption: string, width: number) {
    const picture = await this.doc.embedJpg(jpeg);
    const w = Math.min(width, WIDTH);
    const h = w / aspect;
    this.ensure(h + 16);
    this.y -= h;
    this.page.drawImage(picture, { x: MARGIN, y: this.y, width: w, height: h });
    this.text(caption, 8, false, GREY);
  }

  gap(height: number) {
    this.y -= height;
  }

  notice(text: string, note?: string) {
    const size = 12;
    const lines = wrap(text, this.bold, size, WIDTH - 20);
    const noteLines = note ? wrap(note, this.regular, 9, WIDTH - 20) : [];
    const height = lines.length * size * 1.35 + noteLines.length * 9 * 1.35 + 16;
    this.ensure(height);
    this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: WIDTH, height, borderColor: INK, borderWidth: 1.5 });
    this.y -= 8;
    this.text(text, size, true, INK, 10);
    if (note) this.text(note, 9, false, GREY, 10);
    this.y -= 8;
  }

  table(rows: readonly (readonly [string, string])[]) {
    const size = 9.5;
    const leading = size * 1.35;
    const labelWidth = WIDTH * 0.42;
    for (const [label, value] of rows) {
      const left = wrap(label, this.bold, size, labelWidth - 8);
      const right = wrap(value, this.regular, size, WIDTH - labelWidth);
      const height = Math.max(left.length, right.length) * leading + 4;
      this.ensure(height);
      left.forEach((line, i) => this.bold.draw(this.page, line, { x: MARGIN, y: this.y - (i + 1) * leading, size, color: INK }));
      right.forEach((line, i) => this.regular.draw(this.page, line, { x: MARGIN + labelWidth, y: this.y - (i + 1) * leading, size, color: INK }));
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: MARGIN + WIDTH, y: this.y + 2 }, thickness: 0.3, color: GREY });
    }
  }
}

/** Renders a document to PDF bytes. */
export async function renderDocument(spec: DocumentSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regularFile, boldFile] = await loadFonts();
  // Subsetting keeps the file small (only the glyphs used are embedded).
  const regularFont = await doc.embedFont(regularFile.bytes, { subset: true });
  const boldFont = await doc.embedFont(boldFile.bytes, { subset: true });
  const fallback = await embedFallbacks(doc, allText(spec), regularFile.covers);
  const regular = new Typeface([{ font: regularFont, covers: regularFile.covers }, ...fallback]);
  const bold = new Typeface([{ font: boldFont, covers: boldFile.covers }, ...fallback]);
  doc.setTitle(normalise(spec.title));
  doc.setLanguage(spec.lang === 'fr' ? 'fr-FR' : 'en-GB');
  doc.setProducer('Virage');
  doc.setCreator('Virage');

  const layout = new Layout(doc, regular, bold);
  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 1 || block.level === undefined ? 18 : block.level === 2 ? 13 : 11;
        layout.gap(size * 0.6);
        layout.text(block.text, size, true);
        break;
      }
      case 'paragraph':
        layout.text(block.text, block.size ?? 10, block.bold ?? false);
        break;
      case 'notice':
        layout.gap(6);
        layout.notice(block.text, block.note);
        break;
      case 'table':
        layout.gap(4);
        layout.table(block.rows);
        break;
      case 'spacer':
        layout.gap(block.height);
        break;
      case 'image':
        layout.gap(6);
        await layout.image(block.jpeg, block.aspect, block.caption, block.width ?? WIDTH * 0.6);
        break;
    }
  }
  const count = layout.pages.length;
  layout.pages.forEach((page, i) => {
    bold.draw(page, normalise(spec.header), { x: MARGIN, y: A4[1] - MARGIN, size: 8.5, color: GREY });
    const footer = normalise(`${spec.footer} — ${i + 1}/${count}`);
    for (const [j, line] of wrap(footer, regular, 7.5, WIDTH).entries()) regular.draw(page, line, { x: MARGIN, y: MARGIN - j * 10, size: 7.5, color: GREY });
  });
  return doc.save();
}

/**
 * One PDF made of the pages of several, in order (e.g. a signed order form followed by its
 * signature evidence page): the first file's pages are copied unchanged.
 */
export async function concatDocuments(parts: readonly Uint8Array[], title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  out.setTitle(normalise(title));
  out.setProducer('Virage');
  out.setCreator('Virage');
  for (const part of parts) {
    const source = await PDFDocument.load(part);
    for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
  }
  return out.save();
}
