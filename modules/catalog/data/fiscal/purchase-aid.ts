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
 * Battery bonus: since 1 October 2025 an extra CEE bonus goes to cars whose battery is made in Europe
 * (1 000 € per tesla-mag.com / assurland.com; "1 000 to 1 400 €" per downshift.fr / mes-allocs.fr;
 * "1 200 to 2 000 €" per tv83.info). NOT CONFIRMED for our models (no ADEME listing, amount set per
 * maker): not deducted.
 *
 * NOT CONFIRMED BY SEARCH: an end date for the 2026 amounts, and which amounts apply to orders placed
 * in December 2026 for delivery in 2027. We apply the rule in force on the day the price is shown
 * (the order date) and label the line as an estimate to be confirmed at order.
 *
 * Simplification, on purpose: the acquisition cost is the configured price TTC, options included
 * (the stricter reading).
 */
const name = { fr: 'Coup de pouce véhicules particuliers électriques (CEE)', en: 'Electric car purchase aid ("Coup de pouce", CEE scheme)' } as const;
const conditions = { energies: ['ev'], maxPriceTTCCents: 4_700_000, maxWeightKgExclusive: 2_400, requiresEcoScore: true } as const;

export const purchaseAid2025: BonusRule = {
  name,
  effectiveFrom: '2025-07-01',
  effectiveTo: '2025-12-31',
  source: 'Coup de pouce « Véhicules particuliers électriques » (CEE), service-public.fr F39188, juillet 2025',
  ...conditions,
  amountCents: { standard: 310_000, modest: 420_000, precarious: 420_000 },
};

export const purchaseAid2026: BonusRule = {
  name,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  source: 'Coup de pouce « Véhicules particuliers électriques » (CEE) prolongé en 2026 — montants annoncés le 26 novembre 2025, indicatifs',
  ...conditions,
  amountCents: { standard: 350_000, modest: 470_000, precarious: 570_000 },
};

export const purchaseAids: readonly BonusRule[] = [purchaseAid2025, purchaseAid2026];
