/**
 * A minimal text-only PDF 1.4 writer: A4 pages, Helvetica and Helvetica-Bold (standard fonts, not
 * embedded) in WinAnsiEncoding so French accents and the euro sign print. Enough for an offer
 * summary without a PDF library. Pure: returns bytes.
 */

export type PdfLine = {
  readonly text: string;
  readonly size?: number;
  readonly bold?: boolean;
  /** Extra space above the line, in points. */
  readonly spaceBefore?: number;
};

export type PdfDocument = { readonly title: string; readonly lines: readonly PdfLine[] };

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const DEFAULT_SIZE = 10;
/** Helvetica's average glyph width is about half the font size: good enough to wrap text. */
const AVERAGE_GLYPH_EM = 0.5;

/** Windows-1252 code points of the characters outside Latin-1 that French text uses. */
const WIN_ANSI_EXTRAS: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99, 'š': 0x9a,
  '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** One byte per character; spaces of every width become ordinary or no-break spaces, unknown characters '?'. */
export function encodeWinAnsi(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (char === '\u202f' || char === '\u2009' || char === '\u2007') bytes.push(0xa0);
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else bytes.push(WIN_ANSI_EXTRAS[char] ?? 0x3f);
  }
  return bytes;
}

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();

export function wrapText(text: string, size: number, width = PAGE_WIDTH - 2 * MARGIN): string[] {
  const maxChars = Math.max(10, Math.floor(width / (size * AVERAGE_GLYPH_EM)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (current.length === 0) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}

function layoutPages(lines: readonly PdfLine[]): string[] {
  const pages: string[][] = [[]];
  let y = PAGE_HEIGHT - MARGIN;
  for (const line of lines) {
    const size = line.size ?? DEFAULT_SIZE;
    const leading = size * 1.35;
    y -= line.spaceBefore ?? 0;
    for (const piece of wrapText(line.text, size)) {
      if (y - leading < MARGIN) {
        pages.push([]);
        y = PAGE_HEIGHT - MARGIN;
      }
      y -= leading;
      pages[pages.length - 1]!.push(`BT /${line.bold ? 'F2' : 'F1'} ${size} Tf ${MARGIN} ${y.toFixed(2)} Td <${hex(encodeWinAnsi(piece))}> Tj ET`);
    }
  }
  return pages.map((ops) => ops.join('\n'));
}

export function renderPdf(document: PdfDocument): Uint8Array {
  const pageStreams = layoutPages(document.lines);
  const objects: string[] = [];
  const pageIds = pageStreams.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title <FEFF${utf16Hex(document.title)}> /Producer (Virage) >>`;
  pageStreams.forEach((stream, i) => {
    const pageId = 6 + i * 2;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });

  // Everything written is ASCII (text is hex-encoded), so string length = byte offset.
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefOffset = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Uint8Array.from(out, (char) => char.charCodeAt(0) & 0xff);
}

function utf16Hex(text: string): string {
  let result = '';
  for (let i = 0; i < text.length; i++) result += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return result;
}
