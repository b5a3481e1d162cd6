/** Test helpers: read a generated PDF back the way a viewer does (pdf.js via unpdf) and inspect its fonts. */
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';

/** Text of every page as pdf.js reads it (what a viewer's copy or search sees), whitespace collapsed, no-break spaces as spaces. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const proxy = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(proxy, { mergePages: true });
  return { pages: totalPages, text: text.replace(/[\s\u00a0\u202f]+/g, ' ') };
}

/** Text of each page separately, normalised as pdfText (to check what a form must print on its first page). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(proxy, { mergePages: false });
  return text.map((page) => page.replace(/[\s\u00a0\u202f]+/g, ' '));
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

/** Per page, the images its resources draw (XObjects of subtype Image): pixel size and encoding filter. */
export async function pageImages(bytes: Uint8Array): Promise<{ width: number; height: number; filter: string }[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    if (!xObjects) return [];
    return xObjects.keys().flatMap((key) => {
      const stream = xObjects.lookup(key);
      const dict = stream instanceof PDFRawStream ? stream.dict : null;
      if (!dict || dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) return [];
      const number = (name: string) => Number(String(dict.get(PDFName.of(name))));
      return [{ width: number('Width'), height: number('Height'), filter: String(dict.get(PDFName.of('Filter'))) }];
    });
  });
}
