/**
 * The font files the PDFs embed, read once per process: DejaVu Sans (regular and bold) for every
 * document, and fallback fonts for the characters DejaVu lacks, read only when a document has such
 * characters. Kept apart from the layout (pdf.ts) so the fallback order is stated in one place.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const GOOGLE_FONTS = path.join(process.cwd(), 'node_modules', '@expo-google-fonts');
/** Tried in this order for the characters DejaVu lacks: Han and kana first, then Hangul. */
const FALLBACK_FONTS = [
  path.join(GOOGLE_FONTS, 'noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf'),
  path.join(GOOGLE_FONTS, 'noto-sans-kr', '400Regular', 'NotoSansKR_400Regular.ttf'),
] as const;
export type Coverage = (codePoint: number) => boolean;
type LoadedFont = { readonly bytes: Uint8Array; readonly covers: Coverage };
const loadFont = async (file: string): Promise<LoadedFont> => {
  const bytes = await readFile(file);
  const parsed = fontkit.create(bytes);
  return { bytes, covers: (cp) => parsed.hasGlyphForCodePoint(cp) };
};
let fontFiles: Promise<[LoadedFont, LoadedFont]> | null = null;
export function loadFonts(): Promise<[LoadedFont, LoadedFont]> {
  fontFiles ??= Promise.all([loadFont(path.join(FONT_DIR, 'DejaVuSans.ttf')), loadFont(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'))]);
  return fontFiles;
}
const fallbackFiles = new Map<string, Promise<LoadedFont>>();
function loadFallbackFont(file: string): Promise<LoadedFont> {
  let loaded = fallbackFiles.get(file);
  if (!loaded) {
    loaded = loadFont(file);
    fallbackFiles.set(file, loaded);
  }
  return loaded;
}

/**
 * The fallback fonts this text needs, embedded in FALLBACK_FONTS order: a font is read only while some
 * character is still missing, and embedded only if it draws one of them (a Korean name never loads
 * more than the two files; a Latin-only document reads neither).
 */
export async function embedFallbacks(doc: PDFDocument, text: string, primary: Coverage): Promise<{ font: PDFFont; covers: Coverage }[]> {
  let missing = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].filter((cp) => !primary(cp));
  const embedded: { font: PDFFont; covers: Coverage }[] = [];
  for (const file of FALLBACK_FONTS) {
    if (missing.length === 0) break;
    const face = await loadFallbackFont(file);
    if (!missing.some(face.covers)) continue;
    embedded.push({ font: await doc.embedFont(face.bytes, { subset: true }), covers: face.covers });
    missing = missing.filter((cp) => !face.covers(cp));
  }
  return embedded;
}

