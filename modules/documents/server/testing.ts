/** Test helpers: read a generated PDF back the way a viewer does (pdf.js via unpdf) and inspect its fonts. */
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';

/** Text of every page as pdf.js reads it (what a viewer's copy or search sees), whitespace collapsed, no-break spaces as spaces. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const proxy = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(proxy, { mergePages: true });
  return { pages: totalPages, text: text.replace(/[\s\u00a0\u202f]+/g, ' ') };
}

/** Base names of the fonts whose program is embedded in the file (FontFile2 = TrueType). */
export async function embeddedFonts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    if (object.has(PDFName.of('FontFile2'))) names.push(String(object.get(PDFName.of('FontName'))));
  }
  return names;
}

/** Same text normalisation as pdfText, for expected strings. */
export const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
