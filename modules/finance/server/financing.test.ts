import { describe, expect, it } from 'vitest';
import { catalogue, defaultConfiguration, priceConfiguration } from '@/modules/catalog';
import { factoryOrderContext, stockContext } from '@/modules/catalog/server';
import { flat, pageImages, pdfPageTexts, pdfText } from '@/modules/documents/server';
import { CREDIT_WARNING, ESTIMATE_PRODUCT_ID, monthlyEstimate } from '@/modules/finance';
import { readFinancingParams } from './request';
import { computeFinancing } from './financing';
import { fipenPdf } from './fipen-pdf';
import { financingSummaryPdf } from './summary-pdf';

const NOW = new Date('2026-12-06T10:00:00Z');
const configuration = defaultConfiguration(catalogue, 'horizon');
const base = { configuration, cashDepositCents: 500_000, durationMonths: 48, annualMileageKm: 15_000, productIds: ['credit-classique', 'loa-liberte', 'lld-serenite'] };

describe('one default for the monthly figure', () => {
  it('gives on /financing (default terms) the configurator’s monthly estimate for the same car', () => {
    const url = new URLSearchParams('m=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir');
    const parsed = readFinancingParams(url);
    if (!parsed) throw new Error('unparsed');
    const result = computeFinancing(parsed.request, NOW);
    const credit = result.columns.find((c) => c.productId === ESTIMATE_PRODUCT_ID);
    const estimate = monthlyEstimate('horizon', result.priceCents);
    expect(credit?.ok && credit.offer.kind === 'credit' ? credit.offer.monthlyPaymentCents : null).toBe(estimate?.monthlyPaymentCents);
    expect(parsed.request.cashDepositCents).toBe(estimate?.depositCents);
  });
});

describe('computeFinancing', () => {
  it('quotes every chosen product from the server price of the configuration (factory order by default)', () => {
    const result = computeFinancing(base, NOW);
    expect(result.priceCents).toBe(priceConfiguration(catalogue, configuration, factoryOrderContext(configuration, NOW)).totalCents);
    expect(result.price.registration.basis).toBe('factory-order');
    expect(computeFinancing({ ...base, basis: 'stock' }, NOW).priceCents).toBe(priceConfiguration(catalogue, configuration, stockContext(NOW)).totalCents);
    expect(result.columns.map((c) => c.ok)).toEqual([true, true, true]);
    expect(result.comparison?.rows).toHaveLength(3);
    expect(result.chart[0]?.cumulativeCents).toHaveLength(3);
    expect(result.legal.map((m) => m.id)).toContain(CREDIT_WARNING.id);
  });

  it('deducts the aid of the household the buyer picked', () => {
    const etincelle = { ...base, configuration: defaultConfiguration(catalogue, 'etincelle') };
    // Étincelle Urban 25 990 €: 3 500 € (standard) or 5 700 € (precarious), 2026 CEE amounts.
    expect(computeFinancing(etincelle, NOW).priceCents).toBe(2_599_000 - 350_000);
    expect(computeFinancing({ ...etincelle, household: 'precarious' }, NOW).priceCents).toBe(2_599_000 - 570_000);
  });

  it('shows the optional-insurance notice whenever a quoted product offers one', () => {
    const ids = computeFinancing(base, NOW).legal.map((m) => m.id);
    expect(ids).toContain('optional-insurance');
    expect(ids).toContain('optional-insurance-lease');
  });

  it('bases the LOA residual value on the vehicle price before malus and aid', () => {
    // Magistrale petrol GT in stock: 62 500 € car + 48 305 € of 2026 taxes = 110 805 € (fiscal.test.ts).
    // 48 months, 15 000 km → 40 % of 62 500 € = 25 000 € (not 40 % of 110 805 €). A 40 000 € deposit
    // keeps the financed amount within the product's limit.
    const gt = { ...base, basis: 'stock' as const, cashDepositCents: 4_000_000, configuration: { ...defaultConfiguration(catalogue, 'magistrale'), trim: 'magistrale-petrol-gt', wheels: 'sport' }, productIds: ['loa-liberte'] };
    const result = computeFinancing(gt, NOW);
    const column = result.columns[0];
    if (!column?.ok || column.offer.kind !== 'loa') throw new Error('loa expected');
    expect(result.price.subtotalTTCCents).toBe(6_250_000);
    expect(result.priceCents).toBe(11_080_500);
    expect(column.offer).toMatchObject({ vehiclePriceCents: 6_250_000, residualValuePct: 40, residualValueCents: 2_500_000, purchaseOptionCents: 2_500_000 });
  });

  it('compares like with like: an LOA without option is never "cheaper" than owning through credit', () => {
    const etincelle = { ...base, configuration: defaultConfiguration(catalogue, 'etincelle'), durationMonths: 36, productIds: ['credit-classique', 'loa-liberte'] };
    const rows = computeFinancing(etincelle, NOW).comparison?.rows ?? [];
    const [credit, loa] = rows;
    // The LOA's rents alone cost less than the credit, but the buyer hands the car back: a cost of use.
    expect(loa?.costOfUseCents).toBeLessThan(credit?.totalToOwnCents ?? 0);
    expect(credit).toMatchObject({ isCheapestToOwn: credit !== undefined && loa !== undefined && (credit.totalToOwnCents ?? 0) <= (loa.totalToOwnCents ?? 0), costOfUseCents: null });
    expect(loa).toMatchObject({ isCheapestToUse: true });
    expect(loa?.totalToOwnCents).toBeGreaterThan(loa?.costOfUseCents ?? Infinity);
  });

  it('rejects extra fields such as a price sent by the client', () => {
    expect(() => computeFinancing({ ...base, priceCents: 100 }, NOW)).toThrow();
  });

  it('moves duration and mileage to what each product offers and says so', () => {
    const result = computeFinancing({ ...base, configuration: defaultConfiguration(catalogue, 'etincelle'), productIds: ['credit-zero-etincelle'], cashDepositCents: 900_000, durationMonths: 48 }, NOW);
    const column = result.columns[0];
    expect(column?.ok && column.offer.kind === 'credit' ? column.offer.durationMonths : null).toBe(24);
    expect(column?.ok && column.adjusted.durationMonths).toBe(true);
  });

  it('uses the trade-in estimate as deposit only when asked, and labels it', () => {
    const tradeIn = { make: 'Renault', model: 'Clio', year: 2019, mileageKm: 80_000 };
    const unused = computeFinancing({ ...base, tradeIn }, NOW);
    expect(unused.tradeIn?.isEstimate).toBe(true);
    expect(unused.tradeInUsedCents).toBe(0);
    const used = computeFinancing({ ...base, tradeIn, useTradeIn: true }, NOW);
    expect(used.tradeInUsedCents).toBe(used.tradeIn?.estimateCents);
    const credit = used.columns[0];
    expect(credit?.ok ? credit.offer.tradeInCents : 0).toBe(used.tradeInUsedCents);
    expect(used.legal.map((m) => m.id)).toContain('trade-in-estimate');
  });
});

// PDF rendering and reading back take seconds on a shared 2-core machine: generous timeout, no speed assertion.
describe('financing PDFs, read back as text', { timeout: 60_000 }, () => {
  const hybrid = { ...base, configuration: { ...configuration, trim: 'horizon-hybrid-iconic', wheels: 'sport' } };

  it('the summary is titled as advertising, shows the taxes with their grid year, and the new credit warning', async () => {
    const result = computeFinancing(hybrid, NOW);
    const { text } = await pdfText(await financingSummaryPdf(result, 'fr', '6 décembre 2026'));
    expect(text).toContain('Simulation de financement — document publicitaire');
    expect(text).toContain('Il ne constitue ni une offre de crédit ni une offre de location');
    expect(text).not.toContain('Récapitulatif de votre offre');
    expect(text).toContain('Malus CO₂, barème 2027 (128 g/km ; commande usine');
    expect(text).toContain(flat('Malus au poids, barème 2027 (masse en ordre de marche 1 640 kg'));
    expect(text).toContain(flat('Prix TTC, malus et aide compris 44 676,00 €')); // 42 990 + 1 276 + 410 (fiscal.test.ts)
    expect(text).toContain('Attention ! Un crédit coûte de l’argent et doit être remboursé !');
    expect(text).not.toContain('Un crédit vous engage');
    expect(text).toContain('hors assurance facultative');
    // The example carries its own heading: printed once, not "Exemple représentatif : Exemple représentatif".
    expect(flat(text)).not.toMatch(/Exemple représentatif\s*:\s*Exemple/);
    expect(flat(text)).toContain(flat('Exemple représentatif : pour l'));
  });

  it('in English, the prescribed French warning comes first, then its translation', async () => {
    const { text } = await pdfText(await financingSummaryPdf(computeFinancing(hybrid, NOW), 'en', '6 December 2026'));
    expect(text).toContain('Financing simulation — advertising document');
    expect(text).toContain('Attention ! Un crédit coûte de l’argent et doit être remboursé ! Warning! Borrowing money costs money and must be repaid!');
    expect(text).toContain('French CO₂ tax, 2027 grid');
  });

  it('the summary shows the simulated car: its still as a JPEG on the first page, described in the visitor’s language', async () => {
    const bytes = await financingSummaryPdf(computeFinancing(hybrid, NOW), 'en', '6 December 2026');
    const [first] = await pageImages(bytes);
    expect(first?.map((i) => i.filter)).toEqual(['/DCTDecode']);
    expect((await pdfText(bytes)).text).toMatch(/Virage Horizon in .+, Sport wheels, front three-quarter view/);
  });

  it('the FIPEN of the credit offer carries the standard sections and the offer’s own figures', async () => {
    const result = computeFinancing(hybrid, NOW);
    const column = result.columns.find((c) => c.productId === 'credit-classique');
    if (!column?.ok || column.offer.kind !== 'credit') throw new Error('credit expected');
    const offer = column.offer;
    const { text } = await pdfText(await fipenPdf(result, 'credit-classique', 'fr', '6 décembre 2026'));
    expect(text).toContain('Fiche d’informations précontractuelles européennes normalisées en matière de crédit aux consommateurs (FIPEN)');
    // Directive (EU) 2023/2225, Annex I (SECCI): "Key information — Part I [Always on the first page of the
    // form]", then the detailed sections 1 to 5 of the standard form (creditor, main features, costs, other
    // legal aspects, distance marketing), in that order.
    const headings = [
      'Partie I — Informations clés',
      'Partie II — Informations détaillées',
      '1. Identité et coordonnées du prêteur',
      '2. Description des principales caractéristiques du crédit',
      '3. Coûts du crédit',
      '4. Autres aspects juridiques importants',
      '5. Informations complémentaires en cas de vente à distance de services financiers',
    ];
    const positions = headings.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Part I's key items, in the annex's order, all on page 1 and before Part II.
    const [first] = await pdfPageTexts(await fipenPdf(result, 'credit-classique', 'fr', '6 décembre 2026'));
    const partI = (first ?? '').slice((first ?? '').indexOf(headings[0] ?? ''), (first ?? '').indexOf(headings[1] ?? ''));
    const keys = ['Prêteur', 'Montant total du crédit', 'Durée du contrat de crédit', 'Taux débiteur', 'Taux annuel effectif global (TAEG)', 'Montant total que vous devrez payer', 'Bien financé et prix au comptant', 'Frais en cas de retard de paiement', 'Droit de rétractation Oui, 14 jours'];
    const at = keys.map((k) => partI.indexOf(k));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(partI).toContain(`Taux annuel effectif global (TAEG) ${flat(new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(offer.taegPct ?? 0))}`);
    const eur = (cents: number) => flat(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));
    expect(text).toContain(`Montant total du crédit ${eur(offer.principalCents)}`);
    expect(text).toContain(`Montant total que vous devrez payer ${eur(offer.totalDueCents)}`);
    expect(text).toContain('Droit de rétractation Oui : 14 jours calendaires');
    expect(text).toContain('Conséquences d’un défaut de paiement Les défauts de paiement peuvent avoir de graves conséquences');
    expect(text).toContain('Attention ! Un crédit coûte de l’argent et doit être remboursé !');
    expect(text).toContain('ne vaut pas offre de contrat');
  });

  it.each([
    ['credit-classique', 'fr', 'Partie I — Informations clés', 'Partie II — Informations détaillées', ['Prêteur', 'Montant total du crédit', 'Frais en cas de retard de paiement']],
    ['loa-liberte', 'fr', 'Partie I — Informations clés', 'Partie II — Informations détaillées', ['Prêteur', 'Montant total du crédit', 'Frais en cas de retard de paiement']],
    ['credit-classique', 'en', 'Part I — Key information', 'Part II — Detailed information', ['Creditor', 'Total amount of credit', 'Costs in the event of late payment']],
    ['loa-liberte', 'en', 'Part I — Key information', 'Part II — Detailed information', ['Creditor', 'Total amount of credit', 'Costs in the event of late payment']],
  ] as const)('the FIPEN of %s (%s) prints the whole of Part I on its first page ("Always on the first page of the form", Directive (EU) 2023/2225, Annex I)', async (product, locale, part1, part2, keys) => {
    const pages = await pdfPageTexts(await fipenPdf(computeFinancing(hybrid, NOW), product, locale, '6 décembre 2026'));
    const first = pages[0] ?? '';
    // Part II starts on page 1 too, so nothing of Part I spilled onto page 2.
    expect(first.indexOf(part1)).toBeGreaterThanOrEqual(0);
    expect(first.indexOf(part2)).toBeGreaterThan(first.indexOf(part1));
    const partI = first.slice(first.indexOf(part1), first.indexOf(part2));
    for (const key of keys) expect(partI).toContain(key);
    expect(pages.length).toBeGreaterThan(1);
  });

  it('the FIPEN of an LOA gives its borrowing rate and TAEG; LLD and unknown offers have none', async () => {
    const result = computeFinancing(hybrid, NOW);
    const { text } = await pdfText(await fipenPdf(result, 'loa-liberte', 'en', '6 December 2026'));
    expect(text).toContain('Lease with purchase option (LOA)');
    const order = ['Part I — Key information', 'Part II — Detailed information', '1. Identity and contact details of the creditor', '2. Description of the main features of the credit product', '3. Costs of the credit', '4. Other important legal aspects', '5. Additional information in the case of distance marketing of financial services'].map((h) => text.indexOf(h));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/Borrowing rate \d+\.\d{2}% \(fixed\)/);
    expect(text).toMatch(/Annual percentage rate of charge \(APR\) \d+\.\d{2}% \(fixed\)/);
    expect(() => fipenPdf(result, 'lld-serenite', 'fr', 'x')).toThrow(/credit and LOA/);
    expect(() => fipenPdf(result, 'nope', 'fr', 'x')).toThrow(/No offer/);
  });
});
