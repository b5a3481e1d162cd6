import { describe, expect, it } from 'vitest';
import { FINANCE_PRODUCTS } from './data/products';
import { CONSUMER_CREDIT_MAX_CENTS, CREDIT_WARNING, legalMentionsFor } from './legal';
import { representativeExample, representativeExamples } from './representative';

describe('legal mentions', () => {
  // Code de la consommation art. L312-5 as rewritten by the ordonnance n° 2025-880 (in force
  // 20 Nov. 2026; ddg.fr / cibfinance.fr, consulted 2026-12-06); Directive 2023/2225 art. 8(1): prominent.
  it('the L312-5 sentence in force since 20 November 2026, word for word, prominent', () => {
    expect(CREDIT_WARNING.text.fr).toBe('Attention ! Un crédit coûte de l’argent et doit être remboursé !');
    expect(CREDIT_WARNING.wording).toBe('prescribed');
    expect(CREDIT_WARNING.display).toBe('prominent');
    expect(CREDIT_WARNING.source).toMatch(/L312-5.*2025-880/);
  });

  it('every credit product stays within the consumer-credit ceiling of 100 000 € (Directive 2023/2225 art. 2(2)(c))', () => {
    expect(CONSUMER_CREDIT_MAX_CENTS).toBe(10_000_000);
    for (const product of FINANCE_PRODUCTS) expect(product.maxFinancedCents).toBeLessThanOrEqual(CONSUMER_CREDIT_MAX_CENTS);
  });

  it('credit and LOA carry it first; LLD and cash do not', () => {
    expect(legalMentionsFor('credit')[0]).toBe(CREDIT_WARNING);
    expect(legalMentionsFor('loa')[0]).toBe(CREDIT_WARNING);
    expect(legalMentionsFor('lld')).not.toContain(CREDIT_WARNING);
    expect(legalMentionsFor('cash')).toEqual([]);
  });

  it('adds the insurance and trade-in notes when relevant', () => {
    expect(legalMentionsFor('credit', { withInsurance: true }).map((m) => m.id)).toContain('optional-insurance');
    expect(legalMentionsFor('lld', { withInsurance: true }).map((m) => m.id)).toContain('optional-insurance-lease');
    expect(legalMentionsFor('cash', { withInsurance: true, withTradeIn: true }).map((m) => m.id)).toEqual(['trade-in-estimate']);
  });

  it('every mention has both languages', () => {
    for (const kind of ['cash', 'credit', 'loa', 'lld'] as const) {
      for (const mention of legalMentionsFor(kind, { withInsurance: true, withTradeIn: true })) {
        expect(mention.text.fr.length).toBeGreaterThan(10);
        expect(mention.text.en.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('representative examples', () => {
  it('every configured product has a valid one', () => {
    const examples = representativeExamples();
    expect(Object.keys(examples)).toEqual(FINANCE_PRODUCTS.map((p) => p.id));
    for (const example of Object.values(examples)) expect(example.ok).toBe(true);
  });

  it('credit example lists the L312-6 figures in French and English', () => {
    const product = FINANCE_PRODUCTS.find((p) => p.id === 'credit-classique');
    if (!product) throw new Error('missing product');
    const result = representativeExample(product);
    if (!result.ok) throw new Error('example expected');
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    const fr = nbsp(result.value.text.fr);
    expect(fr).toContain('crédit affecté de 30 000,00 € sur 48 mois au taux débiteur fixe de 5,50 %');
    expect(fr).toContain('TAEG fixe : 5,91 %');
    expect(fr).toContain('47 mensualités de 697,69 € et une dernière de 697,92 € hors assurance facultative');
    expect(fr).toContain('Montant total dû : 33 639,35 € hors assurance facultative');
    expect(fr).toContain('Frais de dossier : 150,00 €');
    expect(fr).toContain('Coût total du crédit : 3 639,35 €');
    expect(fr).toContain('Montant total dû : 33 639,35 €');
    expect(fr).toContain('TAEA : 1,16 %');
    const en = result.value.text.en;
    expect(en).toContain('Fixed APR: 5.91%');
    expect(en).toContain('Total amount payable: €33,639.35');
  });

  it('LOA example gives the option price and the total if bought', () => {
    const product = FINANCE_PRODUCTS.find((p) => p.id === 'loa-liberte');
    if (!product) throw new Error('missing product');
    const result = representativeExample(product);
    if (!result.ok) throw new Error('example expected');
    const fr = result.value.text.fr.replace(/[\u00a0\u202f]/g, ' ');
    // First larger rent then N − 1 rents (lease.ts); LOA now states its borrowing rate and TAEG (art. L312-6).
    expect(fr).toContain('premier loyer majoré de 3 990,00 € puis 35 loyers de 516,44 € hors assurance facultative');
    expect(fr).toContain('Taux débiteur fixe : 5,90 %. TAEG fixe : 6,06 %.');
    expect(fr).toContain("Option d'achat finale : 19 604,70 €");
    expect(fr).toContain("Montant total dû en cas d'acquisition : 41 670,10 €");
  });
});
