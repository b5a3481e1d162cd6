import { describe, expect, it } from 'vitest';
import { renderDocument } from './pdf';
import { embeddedFonts, pdfText } from './testing';

const NAMES = ['Éloïse Lefèvre-Dœuvre', 'Łukasz Żółć', 'Nguyễn Thị Ngọc Ánh', 'Σωκράτης Παπαδόπουλος', 'Дмитрий Шостакович', 'Søren Kierkegaard', 'Ömer Çelik', 'İlkay Gündoğan'];

// Font subsetting and pdf.js parsing take a few seconds on a busy 2-core machine: a generous timeout, no speed assertion.
describe('renderDocument', { timeout: 60_000 }, () => {
  it('embeds a font that prints every character of French and foreign names, and reads back', async () => {
    const bytes = await renderDocument({
      title: 'Test',
      lang: 'fr',
      header: 'Virage',
      footer: 'Pied de page',
      blocks: [
        { kind: 'heading', text: 'Récapitulatif' },
        ...NAMES.map((text) => ({ kind: 'paragraph' as const, text })),
        { kind: 'notice', text: 'Attention ! Un crédit coûte de l’argent et doit être remboursé !' },
        { kind: 'table', rows: [['Mensualité', '512,30\u202f€']] },
      ],
    });
    const { text } = await pdfText(bytes);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('Attention ! Un crédit coûte de l’argent et doit être remboursé !');
    // The narrow no-break space of French amounts prints (as a no-break space).
    expect(text).toContain('Mensualité 512,30 €');
    // The fonts are embedded (subsets of DejaVu Sans), not standard fonts left to the viewer.
    const fonts = await embeddedFonts(bytes);
    expect(fonts).toHaveLength(2);
    for (const font of fonts) expect(font).toMatch(/^\/DejaVuSans(-Bold)?-\d+$/);
  });

  it('prints Chinese and Japanese names with the CJK font, run by run inside Latin text, in tables and bold too', async () => {
    const chinese = '王小明';
    const japanese = '山田 はなこ（ヤマダ）';
    const bytes = await renderDocument({
      title: 'Bon de commande',
      lang: 'fr',
      header: 'Virage — 王小明',
      footer: 'Pied de page',
      blocks: [
        { kind: 'heading', text: `Acheteur : ${chinese}` },
        { kind: 'paragraph', text: `Commande passée par ${japanese}, livrée à Lyon.` },
        { kind: 'table', rows: [['Nom', `${chinese} / Éloïse`]] },
        // Unspaced CJK text longer than a line is cut by glyph widths, not lost.
        { kind: 'paragraph', text: '汉字'.repeat(60) },
      ],
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain(`Acheteur : ${chinese}`);
    expect(text).toContain(`Commande passée par ${japanese}, livrée à Lyon.`);
    expect(text).toContain(`Nom ${chinese} / Éloïse`);
    expect(text.replace(/ /g, '')).toContain('汉字'.repeat(60));
    const fonts = await embeddedFonts(bytes);
    expect(fonts.some((f) => /^\/NotoSansSC-Regular-\d+$/.test(f))).toBe(true);
    expect(fonts.filter((f) => f.startsWith('/DejaVuSans'))).toHaveLength(2);
  });

  it('prints Korean (Hangul) names with real glyphs of Noto Sans KR, next to Chinese and Latin text', async () => {
    const korean = '김민준';
    const bytes = await renderDocument({
      title: 'Bon de commande',
      lang: 'fr',
      header: `Virage — ${korean}`,
      footer: 'Pied de page',
      blocks: [
        { kind: 'heading', text: `Acheteur : ${korean}` },
        { kind: 'table', rows: [['Nom', `${korean} (金敏俊) / 이서연`]] },
        { kind: 'paragraph', text: `Co-acheteur : 王小明, 박지후 et Éloïse`, bold: true },
      ],
    });
    const { text } = await pdfText(bytes);
    // A character drawn with a font that lacks it is glyph 0 (.notdef), which reads back as U+0000.
    expect(text).not.toContain('\u0000');
    expect(text).toContain(`Acheteur : ${korean}`);
    expect(text).toContain(`Nom ${korean} (金敏俊) / 이서연`);
    expect(text).toContain('Co-acheteur : 王小明, 박지후 et Éloïse');
    const fonts = await embeddedFonts(bytes);
    expect(fonts.some((f) => /^\/NotoSansKR-Regular-\d+$/.test(f))).toBe(true);
    // Han is drawn by the first fallback (Noto Sans SC), Hangul only by the Korean font.
    expect(fonts.some((f) => /^\/NotoSansSC-Regular-\d+$/.test(f))).toBe(true);
  });

  it('a Korean-only name does not embed the Chinese font, and a Latin-only document reads neither', async () => {
    const bytes = await renderDocument({ title: 'KR', lang: 'en', header: 'Virage', footer: 'Footer', blocks: [{ kind: 'paragraph', text: 'Buyer: 최유나' }] });
    expect((await pdfText(bytes)).text).toContain('Buyer: 최유나');
    const fonts = await embeddedFonts(bytes);
    expect(fonts.some((f) => f.startsWith('/NotoSansKR'))).toBe(true);
    expect(fonts.some((f) => f.startsWith('/NotoSansSC'))).toBe(false);
  });

  it('reads the CJK font only for documents that need it', async () => {
    const bytes = await renderDocument({ title: 'Latin', lang: 'en', header: 'Virage', footer: 'Footer', blocks: [{ kind: 'paragraph', text: 'Éloïse Лев Σωκράτης' }] });
    expect((await embeddedFonts(bytes)).some((f) => f.includes('Noto'))).toBe(false);
  });

  it('wraps long text by real glyph widths and flows onto new pages with page numbers', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `mot${i}`).join(' ');
    const bytes = await renderDocument({ title: 'Long', lang: 'en', header: 'Virage', footer: 'Footer', blocks: [{ kind: 'paragraph', text: long }, { kind: 'paragraph', text: long }, { kind: 'paragraph', text: long }] });
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('mot0');
    expect(text).toContain('mot399');
    expect(text).toContain(`Footer — ${pages}/${pages}`);
  });
});
