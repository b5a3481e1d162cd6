import type { BonusRule } from '../../types';

/**
 * EV purchase aid: the "Coup de pouce véhicules particuliers électriques", funded by energy suppliers
 * through the CEE scheme (certificats d'économies d'énergie). It replaced the state-funded "bonus
 * écologique" for orders from 1 July 2025; the dealer deducts it from the invoice. Consulted with the
 * search tool on 2026-12-06.
 *
 * Conditions (service-public.fr fiche F39188, reproduced at valdemoder.fr …xml=F39188; tesla-mag.com,
 * Oct. 2025; latribuneauto.com 16116, "Le bonus automobile … prolongé en 2026": "cadre réglementaire
 * inchangé par rapport au quatrième trimestre de l'année 2025"): new M1 car, electricity as sole
 * energy, acquisition cost ≤ 47 000 € TTC (battery included), mass in running order below 2 400 kg,
 * score environnemental ≥ 60 points (ADEME list).
 *
 * Amounts: the State does not set them; they depend on CEE prices and the maker's contract with an
 * "obligé" (latribuneauto.com 16116). Announced for 2026 (Roland Lescure, 26 Nov. 2025; latribuneauto,
 * assurland.com, downshift.fr): up to 5 700 € for households in energy precarity ("précaires"), 4 700 €
 * for modest non-precarious households, 3 500 € for the others. July-December 2025: 4 200 € for
 * modest and precarious households, 3 100 € for the others. The household category follows the CEE
 * ressources ceilings (revenu fiscal de référence, household size, Île-de-France or not), raised on
 * 1 January 2026: the buyer picks it, we never guess income.
 *
 * European battery bonification: the arrêté du 8 septembre 2025 (JORF 9 Sept. 2025, NOR ECOR2524330A,
 * art. 5, in force 1 October 2025; its text read at juriblio.fr, filed there as "arrêté du 5 septembre
 * 2025", article 5) multiplies
 * the CEE volume of a car whose assembly site AND battery production site are in the European Economic
 * Area (ADEME list) by 12 for households in energy precarity, 15 for modest ones and 12 for the others,
 * instead of 9 / 12 / 9 (the coefficients of the arrêté du 27 juin 2025, JO 29 June 2025, aida.ineris.fr;
 * recalled by ecologie.gouv.fr's consultation on the prolongation, consultations-publiques.developpement-
 * durable.gouv.fr a3280). Amounts announced: 1 000 € in Q4 2025 (tesla-mag.com, fdee19.fr); for 2026 "entre
 * 1 200 € et 2 000 €" (ecologie.gouv.fr, quoted by tv83.info and investirsansmillions.fr). Our estimate
 * applies the arrêté's ratios to the announced base amounts: 3 500 × (12/9 − 1) = 1 167 € (others),
 * 4 700 × (15/12 − 1) = 1 175 € (modest), 5 700 × (12/9 − 1) = 1 900 € (precarious) — within the
 * ministry's "up to" range, so never overstated. In Q4 2025: 1 000 € for every household.
 *
 * Programme period: the arrêté of 27 June 2025 covered operations engaged until 31 December 2025 and
 * completed by 30 June 2026. The arrêté du 24 décembre 2025 prolonged it "dans les mêmes conditions"
 * (moneyvox.fr; WebLex via sorogec.com / ofintec-consulting.com: "Ces conditions de temporalités sont
 * supprimées sans qu'aucune autre ne vienne prendre leur place" — prolonged without an end date). No
 * later change was found for 2026, so the 2026 amounts are in force on 2026-12-06 with no end date.
 * Offers actually seen range from 2 500 to 4 600 € (moneyvox.fr, Dec. 2025): every amount here is an
 * estimate to be confirmed at order.
 *
 * Simplification, on purpose: the acquisition cost is the configured price TTC, options included
 * (the stricter reading).
 */
const name = { fr: 'Coup de pouce véhicules particuliers électriques (CEE)', en: 'Electric car purchase aid ("Coup de pouce", CEE scheme)' } as const;
const conditions = { energies: ['ev'], maxPriceTTCCents: 4_700_000, maxWeightKgExclusive: 2_400, requiresEcoScore: true } as const;

export const purchaseAid2025: BonusRule = {
  name,
  effectiveFrom: '2025-07-01',
  effectiveTo: '2025-09-30',
  source: 'Coup de pouce « Véhicules particuliers électriques » (CEE), arrêté du 27 juin 2025 ; service-public.fr F39188, juillet 2025',
  ...conditions,
  amountCents: { standard: 310_000, modest: 420_000, precarious: 420_000 },
  europeanBatteryBonusCents: null,
};

export const purchaseAid2025Q4: BonusRule = {
  ...purchaseAid2025,
  effectiveFrom: '2025-10-01',
  effectiveTo: '2025-12-31',
  source: 'Coup de pouce « Véhicules particuliers électriques » (CEE) ; bonification batterie européenne depuis le 1er octobre 2025 (arrêté du 8 septembre 2025)',
  europeanBatteryBonusCents: { standard: 100_000, modest: 100_000, precarious: 100_000 },
};

export const purchaseAid2026: BonusRule = {
  name,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  source: 'Coup de pouce « Véhicules particuliers électriques » (CEE) prolongé sans date de fin (arrêté du 24 décembre 2025) — montants 2026 annoncés, indicatifs',
  ...conditions,
  amountCents: { standard: 350_000, modest: 470_000, precarious: 570_000 },
  // Base amounts × (EEA coefficient / base coefficient − 1): 12/9, 15/12, 12/9 (arrêté du 8 septembre 2025).
  europeanBatteryBonusCents: { standard: 116_700, modest: 117_500, precarious: 190_000 },
};

export const purchaseAids: readonly BonusRule[] = [purchaseAid2025, purchaseAid2025Q4, purchaseAid2026];
