/**
 * Registration taxes and purchase aid, checked against figures computed BY HAND from the law, not
 * from the code. Sources (search tool, consulted 2026-12-06), as in data/fiscal/*.ts:
 * - CO2 grids: CIBS art. L421-62 (loi n° 2025-127 du 14 février 2025, art. 27). 2026 table:
 *   https://www.simulateurmalus.fr/grille-malus-2026.html (108 g = 50 €, 118 g = 260 €, 128 g = 818 €,
 *   180 g = 45 990 €, 191 g = 79 911 €, 80 000 € from 192 g). 2027: the grid of Senate amendment
 *   n° I-57 rect. to art. 8 of the PLF 2025, kept by the CMP (mobilians.fr): 103 g = 50 €, 110 g = 210 €,
 *   130 g = 1 504 €, 137 g = 2 544 €, 158 g = 11 803 €, 165 g = 22 380 €, 90 000 € above 189 g
 *   (journalauto.com, 2025-11-17). Rows 111-129, 138-157 and 166-189 g were not read in the enacted text
 *   (not stored by the search tool): they are derived by the 5 g shift every read row follows, agree with
 *   Senate amendments I-1525 rect. and I-1815 rect. (full tables readable), and are flagged as to be
 *   confirmed (co2-grids.ts lists what was searched).
 * - Weight tax: CIBS art. L421-71 et seq.; method and example (1 950 kg in 2024 → 4 520 €) from
 *   service-public.fr F35950; 2026 bands from voituremalin.com; abatements from journalauto.com
 *   (Feb. 2025); from 2027 the 100 kg hybrid abatement only with an electric motor above 30 kW (PLF 2026,
 *   art. 13; assemblee-nationale.fr amendments I-288 / I-716, senat.fr amendment I-837: all quote "supérieure à
 *   30 kilowatts", so 30 kW exactly gets none; journalauto.com "PLF 2026 : un cap clair pour
 *   le malus au poids jusqu'en 2028"); EVs still exempt after the loi de finances pour 2026
 *   (automobile-propre.com, Jan. 2026; caradisiac.com, 2026-02-03).
 * - Options' mass: only what Reg. (EU) No 1230/2012 art. 2(4) puts in the mass in running order (the
 *   coupling) counts (legislation.gov.uk/eur/2012/1230/article/2).
 * - Combined cap: CIBS art. L421-74 (tricoteuses.fr/legifrance/articles/LEGIARTI000044603121).
 * - Aid: CEE "coup de pouce véhicules particuliers électriques", 2026 amounts 3 500 / 4 700 / 5 700 €
 *   (latribuneauto.com 16116; ecologie.gouv.fr via tv83.info), ≤ 47 000 € TTC, < 2 400 kg, score
 *   environnemental ≥ 60 (service-public F39188); prolonged without end date by the arrêté du 24 décembre
 *   2025 (moneyvox.fr; WebLex). European battery bonification (car and battery made in the EEA): CEE
 *   coefficients 12 / 15 / 12 instead of 9 / 12 / 9 (arrêté du 8 septembre 2025, art. 5), i.e. + 1 167 € /
 *   + 1 175 € / + 1 900 € on the 2026 amounts (ministry: "entre 1 200 et 2 000 €" at most); 1 000 € in Q4 2025.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from './data';
import { co2Grid2025, co2Grid2026, co2Grid2027, co2Grids } from './data/fiscal/co2-grids';
import { massGrid2025, massGrid2026, massGrid2027 } from './data/fiscal/mass-grids';
import { cappedMassTaxCents, inForceOn, malusAmountConfirmed, malusCents, massTax } from './fiscal';
import { normalizeConfiguration } from './normalize';
import { priceConfiguration, type PricingContext } from './pricing';
import { factoryOrderContext } from './server/registration';
import type { Household } from './types';

const TODAY = '2026-12-06';
const STOCK: PricingContext = { today: TODAY, registrationDate: TODAY, basis: 'stock' };
/** A factory order placed today, registered in spring 2027 (the delivery windows' range). */
const FACTORY: PricingContext = { today: TODAY, registrationDate: '2027-03-15', basis: 'factory-order' };

const priced = (trim: string, context: PricingContext, household?: Household) => {
  const model = trim.split('-')[0] ?? '';
  const { configuration } = normalizeConfiguration(catalogue, { model, trim });
  return priceConfiguration(catalogue, configuration, household ? { ...context, household } : context);
};

describe('CO2 grids (CIBS art. L421-62)', () => {
  it.each([
    // [year, grid, g/km, euros]
    ['2025', co2Grid2025, 112, 0],
    ['2025', co2Grid2025, 113, 50],
    ['2025', co2Grid2025, 192, 67_467],
    ['2025', co2Grid2025, 193, 70_000],
    ['2026', co2Grid2026, 107, 0],
    ['2026', co2Grid2026, 108, 50],
    ['2026', co2Grid2026, 118, 260],
    ['2026', co2Grid2026, 128, 818],
    ['2026', co2Grid2026, 180, 45_990],
    ['2026', co2Grid2026, 191, 79_911],
    ['2026', co2Grid2026, 192, 80_000],
    ['2026', co2Grid2026, 260, 80_000],
    // 2027, rows read in amendement I-57 rect. (first rows of each of its three columns) and the cap.
    ['2027', co2Grid2027, 102, 0],
    ['2027', co2Grid2027, 103, 50],
    ['2027', co2Grid2027, 110, 210],
    ['2027', co2Grid2027, 130, 1_504],
    ['2027', co2Grid2027, 137, 2_544],
    ['2027', co2Grid2027, 158, 11_803],
    ['2027', co2Grid2027, 165, 22_380],
    ['2027', co2Grid2027, 190, 90_000],
    // 2027, derived rows (to be confirmed), as in amendments I-1525 rect. (111, 120, 138, 157, 166, 179 g)
    // and I-1815 rect. (189 g).
    ['2027', co2Grid2027, 111, 230],
    ['2027', co2Grid2027, 120, 540],
    ['2027', co2Grid2027, 128, 1_276],
    ['2027', co2Grid2027, 138, 2_726],
    ['2027', co2Grid2027, 157, 10_692],
    ['2027', co2Grid2027, 166, 24_291],
    ['2027', co2Grid2027, 179, 58_134],
    ['2027', co2Grid2027, 180, 61_245],
    ['2027', co2Grid2027, 189, 89_244],
  ] as const)('%s grid, %i g/km → %i €', (_year, grid, co2, euros) => {
    expect(malusCents(grid, co2)).toBe(euros * 100);
  });

  it('flags exactly the 2027 rows that were derived, not read in the enacted text', () => {
    expect(co2Grid2027.unconfirmedGKm).toEqual([
      [111, 129],
      [138, 157],
      [166, 189],
    ]);
    const derived = (g: number) => !malusAmountConfirmed(co2Grid2027, g);
    // Read: the first eight rows of each column of amendement I-57 rect., the zero below 103 g and the cap.
    for (const g of [100, 102, 103, 110, 130, 137, 158, 165, 190, 250]) expect(derived(g)).toBe(false);
    for (const g of [111, 118, 128, 129, 138, 157, 166, 180, 189]) expect(derived(g)).toBe(true);
    // Rounded like the registration certificate: 110.4 g is the read 110 g row.
    expect(derived(110.4)).toBe(false);
    // The 2025 and 2026 grids were read in full.
    for (const grid of [co2Grid2025, co2Grid2026]) for (let g = 100; g <= 200; g++) expect(malusAmountConfirmed(grid, g)).toBe(true);
  });

  it('picks the grid of the registration date', () => {
    expect(inForceOn(co2Grids, '2025-02-28')).toBeUndefined();
    expect(inForceOn(co2Grids, '2025-12-31')?.year).toBe(2025);
    expect(inForceOn(co2Grids, '2026-12-06')?.year).toBe(2026);
    expect(inForceOn(co2Grids, '2027-01-01')?.year).toBe(2027);
    expect(inForceOn(co2Grids, '2031-06-30')?.year).toBe(2027);
    expect(() => inForceOn([co2Grid2026], '06/12/2026')).toThrow(RangeError);
  });
});

describe('weight tax (CIBS art. L421-71 et seq.)', () => {
  it("service-public.fr's own example: 1 950 kg on the 2024-2025 grid = 200 × 10 + 100 × 15 + 51 × 20 = 4 520 €", () => {
    expect(massTax(massGrid2025, { energy: 'petrol', massInRunningOrderKg: 1950 }).cents).toBe(452_000);
  });

  it.each([
    // [year, grid, energy, kg, electric motor kW, taxable kg, euros]: the 2027 hybrid condition.
    ['2026', massGrid2026, 'hybrid', 1640, 12, 1540, 410], // 2026: every hybrid gets 100 kg: 41 × 10
    ['2027', massGrid2027, 'hybrid', 1640, 65, 1540, 410], // full hybrid, 65 kW > 30 kW: 100 kg kept
    ['2027', massGrid2027, 'hybrid', 1640, 30, 1640, 1_410], // exactly 30 kW is not "supérieure à 30": 141 × 10
    ['2027', massGrid2027, 'hybrid', 1640, 12, 1640, 1_410], // micro-hybrid: no abatement
    ['2027', massGrid2027, 'hybrid', 1640, undefined, 1640, 1_410], // power unknown: no abatement (never understate)
    ['2027', massGrid2027, 'phev', 1890, 100, 1690, 1_910], // long-range PHEV (85 km): 200 kg whatever the motor
  ] as const)('%s grid, %s %i kg, electric motor %s kW', (_year, grid, energy, kg, kw, taxable, euros) => {
    const tax = massTax(grid, { energy, massInRunningOrderKg: kg, electricRangeKm: energy === 'phev' ? 85 : 0, ...(kw === undefined ? {} : { electricMotorKw: kw }) });
    expect(tax.taxableMassKg).toBe(taxable);
    expect(tax.cents).toBe(euros * 100);
  });

  it.each([
    // [year, grid, energy, kg, electric range, taxable kg, euros] — worked by hand below each.
    ['2025', massGrid2025, 'petrol', 1599, undefined, 1599, 0],
    ['2025', massGrid2025, 'petrol', 1600, undefined, 1600, 10], // 1 kg × 10
    ['2026', massGrid2026, 'petrol', 1499, undefined, 1499, 0],
    ['2026', massGrid2026, 'petrol', 1500, undefined, 1500, 10],
    ['2026', massGrid2026, 'petrol', 1720, undefined, 1720, 2_315], // 200 × 10 + 21 × 15
    ['2026', massGrid2026, 'petrol', 2100, undefined, 2100, 11_030], // 200×10 + 100×15 + 100×20 + 100×25 + 101×30
    ['2026', massGrid2026, 'hybrid', 1640, undefined, 1540, 410], // 100 kg abatement: 41 × 10
    ['2026', massGrid2026, 'phev', 1890, 85, 1690, 1_910], // > 50 km: 200 kg (≤ 15 % = 283 kg): 191 × 10
    ['2026', massGrid2026, 'phev', 1890, 40, 1790, 2_000 + 91 * 15], // ≤ 50 km: 100 kg: 200 × 10 + 91 × 15
    ['2026', massGrid2026, 'phev', 1300, 60, 1105, 0], // 15 % of 1 300 = 195 kg < 200
    ['2026', massGrid2026, 'ev', 2330, 610, 0, 0], // EVs still exempt (loi de finances pour 2026)
    ['2027', massGrid2027, 'ev', 2330, 610, 0, 0],
  ] as const)('%s grid, %s, %i kg', (_year, grid, energy, kg, range, taxable, euros) => {
    const tax = massTax(grid, { energy, massInRunningOrderKg: kg, ...(range === undefined ? {} : { electricRangeKm: range }) });
    expect(tax.cents).toBe(euros * 100);
    expect(tax.taxableMassKg).toBe(taxable);
  });

  it('caps CO2 + weight taxes at the CO2 grid’s highest tariff (art. L421-74)', () => {
    // 2026: 191 g/km = 79 911 € of CO2 tax, 2 315 € of weight tax → only 89 € of it is due.
    expect(cappedMassTaxCents(co2Grid2026, 7_991_100, 231_500)).toBe(8_900);
    // At the cap the weight tax disappears; below it nothing changes.
    expect(cappedMassTaxCents(co2Grid2026, 8_000_000, 231_500)).toBe(0);
    expect(cappedMassTaxCents(co2Grid2026, 81_800, 41_000)).toBe(41_000);
  });
});

/**
 * The seeded default configurations, priced today (2026-12-06) in stock (registered today: 2026
 * grids) and as a factory order (registered 2027-03-15: 2027 grids). Expected totals by hand:
 * vehicle price + CO2 tax + weight tax − aid (standard household unless said).
 */
describe('expected prices of the default configurations', () => {
  it.each([
    // Horizon hybrid Iconic: 128 g/km, 1 640 kg, 42 990 €.
    // Stock 2026: CO2 818 €; weight (1 640 − 100) = 1 540 kg → 41 kg × 10 = 410 €; 42 990 + 818 + 410 = 44 218 €.
    ['horizon-hybrid-iconic', STOCK, 818, 410, 0, 44_218],
    // Factory 2027: CO2 1 276 €; full hybrid (65 kW electric motor > 30 kW) keeps 100 kg: 41 × 10 = 410 €;
    // 42 990 + 1 276 + 410 = 44 676 €.
    ['horizon-hybrid-iconic', FACTORY, 1_276, 410, 0, 44_676],
    // Horizon hybrid Evolution: 118 g/km (Aero wheels), 1 560 kg, 36 490 €.
    // Stock 2026: CO2 260 €; 1 560 − 100 = 1 460 kg < 1 500 → 0 €; 36 750 €.
    ['horizon-hybrid-evolution', STOCK, 260, 0, 0, 36_750],
    // Factory 2027: CO2 400 €; 50 kW electric motor keeps 100 kg: 1 460 kg < 1 500 → 0 €; 36 890 €.
    ['horizon-hybrid-evolution', FACTORY, 400, 0, 0, 36_890],
    // Magistrale PHEV Executive: 25 g/km, 1 890 kg, 85 km electric range, 58 900 €: weight tax only.
    // 1 890 − 200 = 1 690 kg → 191 × 10 = 1 910 €, both years (same bands, same abatement); 60 810 €.
    ['magistrale-phev-executive', STOCK, 0, 1_910, 0, 60_810],
    ['magistrale-phev-executive', FACTORY, 0, 1_910, 0, 60_810],
    // Magistrale petrol GT: 177 + 3 g (20" Sport) = 180 g/km, 1 720 kg, 62 500 €.
    // Stock 2026: CO2 45 990 €; weight 200 × 10 + 21 × 15 = 2 315 € (sum 48 305 € < 80 000 € cap); 110 805 €.
    ['magistrale-petrol-gt', STOCK, 45_990, 2_315, 0, 110_805],
    // Factory 2027: CO2 61 245 €; weight 2 315 € (sum 63 560 € < 90 000 €); 126 060 €.
    ['magistrale-petrol-gt', FACTORY, 61_245, 2_315, 0, 126_060],
    // Étincelle EV Evolution: 31 490 €, 1 450 kg, eligible: 3 500 € aid (standard) → 27 990 €.
    ['etincelle-evolution', STOCK, 0, 0, 3_500, 27_990],
    ['etincelle-evolution', FACTORY, 0, 0, 3_500, 27_990],
    // Horizon EV Evolution: 44 490 € ≤ 47 000 €, 1 980 kg (no weight tax for EVs), made with a European
    // battery: 3 500 + 3 500 × (12/9 − 1) = 3 500 + 1 167 = 4 667 € → 39 823 €.
    ['horizon-ev-evolution', FACTORY, 0, 0, 4_667, 39_823],
    // Magistrale EV GT: 79 900 € > 47 000 € → no aid; 2 330 kg but EV → no weight tax.
    ['magistrale-ev-gt', FACTORY, 0, 0, 0, 79_900],
  ] as const)('%s, registered %s', (trim, context, co2Euros, massEuros, aidEuros, totalEuros) => {
    const p = priced(trim, context);
    expect(p.malusCents).toBe(co2Euros * 100);
    expect(p.massMalusCents).toBe(massEuros * 100);
    expect(p.bonusCents).toBe(aidEuros * 100);
    expect(p.totalCents).toBe(totalEuros * 100);
    expect(p.totalCents).toBe(p.lines.reduce((s, l) => s + l.amountCents, 0));
  });

  it('names the grid year and the assumed registration date on the tax lines', () => {
    const stock = priced('horizon-hybrid-iconic', STOCK);
    expect(stock.lines.find((l) => l.kind === 'malus')?.label.fr).toBe('Malus CO₂, barème 2026 (128 g/km ; véhicule en stock, immatriculé le 06/12/2026)');
    expect(stock.lines.find((l) => l.kind === 'malus-mass')?.label.fr).toBe(
      'Malus au poids, barème 2026 (masse en ordre de marche 1\u202f640\u00a0kg, abattement hybride de 100\u00a0kg ; véhicule en stock, immatriculé le 06/12/2026)',
    );
    expect(stock.malus.amountConfirmed).toBe(true);
    const factory = priced('horizon-hybrid-iconic', FACTORY);
    // 128 g/km is a derived row of the 2027 grid: the line says the amount is to be confirmed.
    expect(factory.lines.find((l) => l.kind === 'malus')?.label.en).toBe(
      'French CO₂ tax, 2027 grid (128 g/km; factory order, registration expected on 15 Mar 2027) — amount to be confirmed',
    );
    expect(factory.lines.find((l) => l.kind === 'malus')?.label.fr).toBe(
      'Malus CO₂, barème 2027 (128 g/km ; commande usine, immatriculation prévue le 15/03/2027) — montant à confirmer',
    );
    expect(factory.malus.amountConfirmed).toBe(false);
    expect(factory.registration).toEqual({ date: '2027-03-15', basis: 'factory-order', today: TODAY });
    expect(factory.malus.year).toBe(2027);
    expect(factory.massMalus).toMatchObject({ year: 2027, massInRunningOrderKg: 1640, abatementKg: 100, taxableMassKg: 1540, exempt: false, capped: false });
  });

  it('deducts the aid of the household the buyer picked, labelled as an estimate', () => {
    expect(priced('etincelle-evolution', STOCK, 'modest').totalCents).toBe(2_679_000); // 31 490 − 4 700
    expect(priced('etincelle-evolution', STOCK, 'precarious').totalCents).toBe(2_579_000); // 31 490 − 5 700
    const p = priced('etincelle-evolution', STOCK);
    expect(p.bonus.byHousehold).toEqual({ standard: 350_000, modest: 470_000, precarious: 570_000 });
    expect(p.lines.at(-1)?.label.fr).toBe('Coup de pouce véhicules particuliers électriques (CEE) — estimation à confirmer');
    expect(p.bonus.note.fr.replace(/\s/g, ' ')).toBe('Estimation : 3 500 € déduits (autres ménages), montant à confirmer à la commande');
    // Before 2026 the 2025 amounts applied (3 100 € / 4 200 €).
    expect(priced('etincelle-evolution', { ...STOCK, today: '2025-10-01', registrationDate: '2025-10-01' }).bonusCents).toBe(310_000);
    expect(priced('magistrale-ev-gt', STOCK).bonus.byHousehold).toEqual({ standard: 0, modest: 0, precarious: 0 });
  });

  it('adds the European battery bonification for a car and battery made in the EEA, by household', () => {
    const p = priced('horizon-ev-evolution', STOCK);
    // 3 500 × 12/9 = 4 667; 4 700 × 15/12 = 5 875; 5 700 × 12/9 = 7 600 (arrêté du 8 septembre 2025 coefficients).
    expect(p.bonus.byHousehold).toEqual({ standard: 466_700, modest: 587_500, precarious: 760_000 });
    expect(p.bonus.note.fr.replace(/\s/g, ' ')).toBe('Estimation : 4 667 € déduits (autres ménages, dont 1 167 € de bonification batterie européenne), montant à confirmer à la commande');
    expect(priced('horizon-ev-evolution', STOCK, 'precarious').bonusCents).toBe(760_000);
    // The Étincelle's battery is not listed as European: base amounts only.
    expect(priced('etincelle-evolution', STOCK).bonus.byHousehold).toEqual({ standard: 350_000, modest: 470_000, precarious: 570_000 });
    // The bonification started on 1 October 2025 at 1 000 €.
    const on = (day: string) => priced('horizon-ev-evolution', { ...STOCK, today: day, registrationDate: day }).bonusCents;
    expect(on('2025-09-30')).toBe(310_000);
    expect(on('2025-10-01')).toBe(410_000);
    // No end date since the arrêté du 24 décembre 2025: still in force for an order in 2027.
    expect(priced('horizon-ev-evolution', { ...FACTORY, today: '2027-02-01' }).bonusCents).toBe(466_700);
  });

  it('a tow bar is in the mass in running order and can push a car over the weight threshold; a glass roof is not', () => {
    // Reg. (EU) No 1230/2012 art. 2(4): the mass in running order includes "the coupling" when fitted;
    // other options are optional equipment (art. 2(3), 2(5), 2(6): actual mass). Masses are maker data.
    const horizon = (options: string[]) => {
      const { configuration } = normalizeConfiguration(catalogue, { model: 'horizon', trim: 'horizon-hybrid-evolution', options });
      return priceConfiguration(catalogue, configuration, STOCK);
    };
    // Without: 1 560 − 100 = 1 460 kg < 1 500 → no weight tax (table above).
    expect(horizon([]).massMalusCents).toBe(0);
    // Tow bar (40 kg): 1 600 − 100 = 1 500 kg, the first taxed kilogram of the 2026 grid: 1 × 10 € = 10 €.
    const towing = horizon(['attelage']);
    expect(towing.massMalus).toMatchObject({ massInRunningOrderKg: 1600, abatementKg: 100, taxableMassKg: 1500 });
    expect(towing.massMalusCents).toBe(1_000);
    expect(towing.lines.find((l) => l.kind === 'malus-mass')?.label.fr).toContain('masse en ordre de marche 1\u202f600\u00a0kg');
    // Panoramic roof (25 kg of optional equipment): the mass in running order does not move.
    expect(horizon(['toit-panoramique']).massMalus.massInRunningOrderKg).toBe(1560);
  });

  it('loses the aid once options take the price above 47 000 € TTC', () => {
    const { configuration } = normalizeConfiguration(catalogue, { model: 'horizon', trim: 'horizon-ev-evolution', paint: 'bleu-abysse', packs: ['hiver', 'tech'], options: ['attelage'] });
    const p = priceConfiguration(catalogue, configuration, STOCK);
    expect(p.subtotalTTCCents).toBe(4_449_000 + 90_000 + 65_000 + 129_000 + 90_000);
    expect(p.bonusCents).toBe(0);
    expect(p.bonus.note.fr.replace(/\s/g, ' ')).toBe('Prix supérieur à 47 000 € TTC : pas d’aide à l’achat');
  });

  it('a factory order placed today is registered in 2027 for every model', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    for (const model of catalogue.models) {
      const { configuration } = normalizeConfiguration(catalogue, { model: model.code });
      const context = factoryOrderContext(configuration, now);
      expect(context).toMatchObject({ today: TODAY, basis: 'factory-order' });
      expect(context.registrationDate > '2026-12-31').toBe(true);
    }
  });
});
